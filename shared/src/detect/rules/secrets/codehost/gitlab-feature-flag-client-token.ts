import { tokenRule } from '../../../define';

/** GitLab feature flag client token: `glffct-` + 20 or more base64url characters (routable tokens end in `.<version>.<checksum>`). */
export const gitlabFeatureFlagClientToken = tokenRule({
  id: 'gitlab-feature-flag-client-token',
  title: 'GitLab feature flag client token',
  severity: 'medium',
  confidence: 0.99,
  prefixes: ['glffct-'],
  pattern: /glffct-[A-Za-z0-9_-]{20,300}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?(?![A-Za-z0-9_-])/,
});
