import { tokenRule } from '../../../define';

/** GitHub App user-to-server token: `ghu_` + 36 base62 characters (the last 6 are a CRC32 checksum, not required here). */
export const githubUserToServerToken = tokenRule({
  id: 'github-user-to-server-token',
  title: 'GitHub App user-to-server token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['ghu_'],
  pattern: /ghu_[A-Za-z0-9]{36}(?![A-Za-z0-9])/,
});
