import { contextRule } from '../../../define';

/** PayPal REST client secret: `E` + 79 base64url characters, next to a PayPal keyword (client ids start with `A`). */
export const paypalClientSecret = contextRule({
  id: 'paypal-client-secret',
  title: 'PayPal client secret',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['paypal'],
  pattern: /E[A-Za-z0-9_-]{79}/,
  minLength: 80,
  maxLength: 80,
  minEntropy: 4.5,
});
