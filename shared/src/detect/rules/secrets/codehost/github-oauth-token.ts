import { tokenRule } from '../../../define';

/** GitHub OAuth access token: `gho_` + 36 base62 characters (the last 6 are a CRC32 checksum, not required here). */
export const githubOauthToken = tokenRule({
  id: 'github-oauth-token',
  title: 'GitHub OAuth access token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['gho_'],
  pattern: /gho_[A-Za-z0-9]{36}(?![A-Za-z0-9])/,
});
