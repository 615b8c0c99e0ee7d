import { tokenRule } from '../../../define';

/** GitLab incoming mail token: `glimt-` + 20 or more base64url characters (routable tokens end in `.<version>.<checksum>`). */
export const gitlabIncomingMailToken = tokenRule({
  id: 'gitlab-incoming-mail-token',
  title: 'GitLab incoming mail token',
  severity: 'medium',
  confidence: 0.99,
  prefixes: ['glimt-'],
  pattern: /glimt-[A-Za-z0-9_-]{25}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?(?![A-Za-z0-9_-])/,
});
