import { tokenRule } from '../../../define';

/** GitHub App installation (server-to-server) token: `ghs_` + 36 base62 characters (the last 6 are a CRC32 checksum, not required here). */
export const githubServerToServerToken = tokenRule({
  id: 'github-server-to-server-token',
  title: 'GitHub App installation (server-to-server) token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['ghs_'],
  pattern: /ghs_[A-Za-z0-9]{36}(?![A-Za-z0-9])/,
});
