import { tokenRule } from '../../../define';

/** Mollie organization / OAuth access token: `access_` + 40 base62 characters after a Mollie keyword. */
export const mollieAccessToken = tokenRule({
  id: 'mollie-access-token',
  title: 'Mollie access token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['access_'],
  keywords: ['mollie'],
  pattern: /access_[A-Za-z0-9]{40}(?![A-Za-z0-9_-])/,
  requires: { digit: true, lower: true, upper: true, after: 7 },
});
