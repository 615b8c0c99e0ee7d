import { tokenRule } from '../../../define';

/** GitHub App refresh token: `ghr_` + 76 base62 characters (the last 6 are a CRC32 checksum, not required here). */
export const githubRefreshToken = tokenRule({
  id: 'github-refresh-token',
  title: 'GitHub App refresh token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['ghr_'],
  pattern: /ghr_[A-Za-z0-9]{76}(?![A-Za-z0-9])/,
});
