import { tokenRule } from '../../../define';

/** Classic GitHub personal access token: `ghp_` + 36 base62 characters (the last 6 are a CRC32 checksum). */
export const githubPat = tokenRule({
  id: 'github-pat',
  title: 'GitHub personal access token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['ghp_'],
  pattern: /ghp_[A-Za-z0-9]{36}(?![A-Za-z0-9])/,
});
