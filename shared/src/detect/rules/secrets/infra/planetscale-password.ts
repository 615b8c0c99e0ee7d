import { tokenRule } from '../../../define';
import { planetscaleBody } from './planetscale-body';

/**
 * PlanetScale database password: `pscale_pw_` + 43 base64url characters. A body of 32 to 64 characters with a `.` in
 * it, as other scanners' samples write it, counts too (see `planetscaleBody`).
 */
export const planetscalePassword = tokenRule({
  id: 'planetscale-password',
  title: 'PlanetScale database password',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['pscale_pw_'],
  pattern: /pscale_pw_(?:[A-Za-z0-9_.=-]{43}(?![A-Za-z0-9_=-])|[A-Za-z0-9_.=-]{31,63}[A-Za-z0-9_=-](?![A-Za-z0-9_=-]))/,
  validate: (value) => planetscaleBody(value, 10),
});
