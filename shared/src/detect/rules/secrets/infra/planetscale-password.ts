import { tokenRule } from '../../../define';

/** PlanetScale database password: `pscale_pw_` + 43 base64url characters. */
export const planetscalePassword = tokenRule({
  id: 'planetscale-password',
  title: 'PlanetScale database password',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['pscale_pw_'],
  pattern: /pscale_pw_[A-Za-z0-9_.=-]{43}(?![A-Za-z0-9_=-])/,
});
