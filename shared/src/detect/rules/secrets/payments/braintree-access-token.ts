import { tokenRule } from '../../../define';

/** Braintree (PayPal) access token: `access_token$production$<16>$<32 hex>`. `$` ends the scanner token; the pattern spans it. */
export const braintreeAccessToken = tokenRule({
  id: 'braintree-access-token',
  title: 'Braintree / PayPal access token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['access_token$'],
  pattern: /access_token\$(?:production|sandbox)\$[a-z0-9]{16}\$[a-f0-9]{32}(?![A-Za-z0-9])/,
});
