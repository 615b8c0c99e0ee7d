import { tokenRule } from '../../../define';

/** GitLab SCIM OAuth token: `glsoat-` + 20 or more base64url characters (routable tokens end in `.<version>.<checksum>`). */
export const gitlabScimToken = tokenRule({
  id: 'gitlab-scim-token',
  title: 'GitLab SCIM OAuth token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['glsoat-'],
  pattern: /glsoat-[A-Za-z0-9_-]{20,300}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?(?![A-Za-z0-9_-])/,
});
