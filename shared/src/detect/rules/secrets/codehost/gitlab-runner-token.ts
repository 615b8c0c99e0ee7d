import { tokenRule } from '../../../define';

/** GitLab runner authentication token: `glrt-` + 20 or more base64url characters (routable tokens end in `.<version>.<checksum>`). */
export const gitlabRunnerToken = tokenRule({
  id: 'gitlab-runner-token',
  title: 'GitLab runner authentication token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['glrt-'],
  pattern: /glrt-[A-Za-z0-9_-]{20,300}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?(?![A-Za-z0-9_-])/,
});
