import { tokenRule } from '../../../define';

/** Typeform personal access token: `tfp_` + 44 base62 + `_` + 14 base62 characters. */
export const typeformPat = tokenRule({
  id: 'typeform-pat',
  title: 'Typeform personal access token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['tfp_'],
  pattern: /tfp_[A-Za-z0-9_-]{40,70}(?![A-Za-z0-9_-])/,
});
