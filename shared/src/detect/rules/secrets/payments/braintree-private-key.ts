import { contextRule } from '../../../define';

/** Braintree API private key: 32 hex characters next to a Braintree keyword. */
export const braintreePrivateKey = contextRule({
  id: 'braintree-private-key',
  title: 'Braintree private key',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['braintree'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.3,
});
