import { tokenRule } from '../../../define';

/**
 * GitLab personal access token: `glpat-` + 20 or more base64url characters. Routable tokens end in
 * `.<version>.<checksum>`; other scanners' patterns (`\.[0-9a-z]{2}[0-9a-z]{7}`) write that end as one run of 9
 * after the dot, which is taken too.
 */
export const gitlabPat = tokenRule({
  id: 'gitlab-pat',
  title: 'GitLab personal access token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['glpat-'],
  pattern: /glpat-[A-Za-z0-9_-]{20,300}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9}|\.[0-9a-z]{9})?(?![A-Za-z0-9_-])/,
});
