import { tokenRule } from '../../../define';

/**
 * DigitalOcean OAuth refresh token: `dor_v1_` + 64 hex characters, lowercase as DigitalOcean writes them or in
 * either case as other scanners' patterns (`(?i)dor_v1_[a-f0-9]{64}`) take them.
 */
export const digitaloceanRefreshToken = tokenRule({
  id: 'digitalocean-refresh-token',
  title: 'DigitalOcean OAuth refresh token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['dor_v1_'],
  pattern: /dor_v1_[a-fA-F0-9]{64}(?![A-Za-z0-9])/,
});
