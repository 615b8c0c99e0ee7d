import { tokenRule } from '../../../define';

/**
 * GitLab runner authentication token: `glrt-` + 20 to 303 base64url characters (up to `t1_` + 300 in routable
 * ones). Routable tokens end in `.<version>.<checksum>`; other scanners' patterns (`\.[0-9a-z]{2}[0-9a-z]{7}`)
 * write that end as one run of 9 after the dot, which is taken too.
 */
export const gitlabRunnerToken = tokenRule({
  id: 'gitlab-runner-token',
  title: 'GitLab runner authentication token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['glrt-'],
  pattern: /glrt-[A-Za-z0-9_-]{20,303}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9}|\.[0-9a-z]{9})?(?![A-Za-z0-9_-])/,
});
