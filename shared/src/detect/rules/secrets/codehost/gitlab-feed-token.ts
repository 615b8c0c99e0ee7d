import { tokenRule } from '../../../define';

/** GitLab feed token: `glft-` + 20 or more base64url characters (routable tokens end in `.<version>.<checksum>`). */
export const gitlabFeedToken = tokenRule({
  id: 'gitlab-feed-token',
  title: 'GitLab feed token',
  severity: 'medium',
  confidence: 0.99,
  prefixes: ['glft-'],
  pattern: /glft-[A-Za-z0-9_-]{20,300}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?(?![A-Za-z0-9_-])/,
});
