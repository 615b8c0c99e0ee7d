import { tokenRule } from '../../../define';

/** GitLab agent for Kubernetes token: `glagent-` + 20 or more base64url characters (routable tokens end in `.<version>.<checksum>`). */
export const gitlabAgentToken = tokenRule({
  id: 'gitlab-agent-token',
  title: 'GitLab agent for Kubernetes token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['glagent-'],
  pattern: /glagent-[A-Za-z0-9_-]{50,300}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?(?![A-Za-z0-9_-])/,
});
