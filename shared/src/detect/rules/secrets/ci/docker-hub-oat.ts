import { tokenRule } from '../../../define';

/** Docker Hub organization access token: `dckr_oat_` + 32 base64url characters. */
export const dockerHubOat = tokenRule({
  id: 'docker-hub-oat',
  title: 'Docker Hub organization access token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['dckr_oat_'],
  pattern: /dckr_oat_[A-Za-z0-9_-]{32}(?![A-Za-z0-9_-])/,
});
