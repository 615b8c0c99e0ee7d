import { tokenRule } from '../../../define';

/** GoCardless access token: `live_` / `sandbox_` + 40 base64url characters. */
export const gocardlessAccessToken = tokenRule({
  id: 'gocardless-access-token',
  title: 'GoCardless access token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['live_', 'sandbox_'],
  pattern: /(?:live|sandbox)_[A-Za-z0-9_-]{40}(?![A-Za-z0-9_-])/,
  requires: { digit: true, lower: true, upper: true, after: 5 },
});
