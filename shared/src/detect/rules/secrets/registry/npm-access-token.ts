import { tokenRule } from '../../../define';

/** npm access token (granular or classic): `npm_` + 36 base62 characters. */
export const npmAccessToken = tokenRule({
  id: 'npm-access-token',
  title: 'npm access token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['npm_'],
  pattern: /npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/,
  requires: { lower: true, upper: true, after: 4 },
});
