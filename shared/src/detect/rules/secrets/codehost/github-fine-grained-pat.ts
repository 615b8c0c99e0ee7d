import { tokenRule } from '../../../define';

/** GitHub's own layout: 22 base62, `_`, 59 base62 characters. */
const ISSUED = /^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}$/;

/**
 * GitHub fine-grained personal access token: `github_pat_` + 22 base62 + `_` + 59 base62 characters. Other
 * scanners' patterns (`github_pat_\w{82}`) take any 82 word characters, their samples without the inner `_` or
 * with it elsewhere: such a body counts when it holds a digit and a letter, as a random one does (a snake_case
 * name of exactly that length with a digit in it is not something people write after that prefix).
 */
export const githubFineGrainedPat = tokenRule({
  id: 'github-fine-grained-pat',
  title: 'GitHub fine-grained personal access token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['github_pat_'],
  pattern: /github_pat_(?:[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9])|[A-Za-z0-9_]{82}(?![A-Za-z0-9_]))/,
  validate: (value) => ISSUED.test(value) || (/[0-9]/.test(value.slice(11)) && /[A-Za-z]/.test(value.slice(11))),
});
