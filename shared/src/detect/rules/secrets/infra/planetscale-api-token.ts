import { tokenRule } from '../../../define';

/** PlanetScale service token: `pscale_tkn_` + 43 base64url characters. */
export const planetscaleApiToken = tokenRule({
  id: 'planetscale-api-token',
  title: 'PlanetScale service token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['pscale_tkn_'],
  pattern: /pscale_tkn_[A-Za-z0-9_.=-]{43}(?![A-Za-z0-9_=-])/,
});
