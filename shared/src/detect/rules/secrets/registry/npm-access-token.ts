import { tokenRule } from '../../../define';
import { isRandomBody } from '../random-body';

/**
 * npm access token (granular or classic): `npm_` + 36 base62 characters. npm writes the body in mixed case; a
 * body in one case, as other scanners' patterns (`(?i)npm_[a-z0-9]{36}`) accept it, counts when it is random.
 */
export const npmAccessToken = tokenRule({
  id: 'npm-access-token',
  title: 'npm access token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['npm_'],
  pattern: /npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/,
  validate: (value) => isRandomBody(value.slice(4)),
});
