import { tokenRule } from '../../../define';

/** DigitalOcean OAuth access token: `doo_v1_` + 64 lowercase hex characters. */
export const digitaloceanOauthToken = tokenRule({
  id: 'digitalocean-oauth-token',
  title: 'DigitalOcean OAuth access token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['doo_v1_'],
  pattern: /doo_v1_[a-f0-9]{64}(?![A-Za-z0-9])/,
});
