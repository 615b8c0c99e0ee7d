import { tokenRule } from '../../../define';

/** Duffel API access token: `duffel_live_` or `duffel_test_` + 43 base64url characters. */
export const duffelApiToken = tokenRule({
  id: 'duffel-api-token',
  title: 'Duffel API token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['duffel_live_', 'duffel_test_'],
  pattern: /duffel_(?:live|test)_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/,
});
