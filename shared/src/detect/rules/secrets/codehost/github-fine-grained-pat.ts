import { tokenRule } from '../../../define';

/** GitHub fine-grained personal access token: `github_pat_` + 22 base62 + `_` + 59 base62 characters. */
export const githubFineGrainedPat = tokenRule({
  id: 'github-fine-grained-pat',
  title: 'GitHub fine-grained personal access token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['github_pat_'],
  pattern: /github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9])/,
});
