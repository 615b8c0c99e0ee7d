import { tokenRule } from '../../../define';

/** DigitalOcean personal access token: `dop_v1_` + 64 lowercase hex characters. */
export const digitaloceanPat = tokenRule({
  id: 'digitalocean-pat',
  title: 'DigitalOcean personal access token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['dop_v1_'],
  pattern: /dop_v1_[a-f0-9]{64}(?![A-Za-z0-9])/,
});
