import { tokenRule } from '../../../define';

/** PlanetScale OAuth token: `pscale_oauth_` + 43 base64url characters. */
export const planetscaleOauthToken = tokenRule({
  id: 'planetscale-oauth-token',
  title: 'PlanetScale OAuth token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['pscale_oauth_'],
  pattern: /pscale_oauth_[A-Za-z0-9_.=-]{43}(?![A-Za-z0-9_=-])/,
});
