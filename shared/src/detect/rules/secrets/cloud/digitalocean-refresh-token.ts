import { tokenRule } from '../../../define';

/** DigitalOcean OAuth refresh token: `dor_v1_` + 64 lowercase hex characters. */
export const digitaloceanRefreshToken = tokenRule({
  id: 'digitalocean-refresh-token',
  title: 'DigitalOcean OAuth refresh token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['dor_v1_'],
  pattern: /dor_v1_[a-f0-9]{64}(?![A-Za-z0-9])/,
});
