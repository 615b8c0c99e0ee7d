import { tokenRule } from '../../../define';
import { planetscaleBody } from './planetscale-body';

/**
 * PlanetScale service token: `pscale_tkn_` + 43 base64url characters. A body of 32 to 64 characters with a `.` in
 * it, as other scanners' samples write it, counts too (see `planetscaleBody`).
 */
export const planetscaleApiToken = tokenRule({
  id: 'planetscale-api-token',
  title: 'PlanetScale service token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['pscale_tkn_'],
  pattern: /pscale_tkn_(?:[A-Za-z0-9_.=-]{43}(?![A-Za-z0-9_=-])|[A-Za-z0-9_.=-]{31,63}[A-Za-z0-9_=-](?![A-Za-z0-9_=-]))/,
  validate: (value) => planetscaleBody(value, 11),
});
