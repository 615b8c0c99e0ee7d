import { tokenRule } from '../../../define';

/**
 * GitHub App refresh token: `ghr_` + 76 base62 characters (the last 6 are a CRC32 checksum, not required here).
 * `ghr_` + 36, the length of GitHub's other tokens, which other scanners' patterns (`ghr_[0-9a-zA-Z]{36}`) take for
 * a refresh token, counts as well: the prefix is GitHub's alone.
 */
export const githubRefreshToken = tokenRule({
  id: 'github-refresh-token',
  title: 'GitHub App refresh token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['ghr_'],
  pattern: /ghr_(?:[A-Za-z0-9]{76}|[A-Za-z0-9]{36})(?![A-Za-z0-9])/,
});
