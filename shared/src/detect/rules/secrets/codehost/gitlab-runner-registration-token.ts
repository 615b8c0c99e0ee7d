import { tokenRule } from '../../../define';

/** GitLab runner registration token: `GR1348941` + 20 or more base64url characters (routable tokens end in `.<version>.<checksum>`). */
export const gitlabRunnerRegistrationToken = tokenRule({
  id: 'gitlab-runner-registration-token',
  title: 'GitLab runner registration token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['GR1348941'],
  pattern: /GR1348941[A-Za-z0-9_-]{20}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?(?![A-Za-z0-9_-])/,
});
