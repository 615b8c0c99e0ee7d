import { tokenRule } from '../../../define';

/** Stripe test secret key: `sk_test_` followed by 24 to 247 base62 characters. 40-hex bodies belong to Paystack. */
export const stripeTestSecretKey = tokenRule({
  id: 'stripe-test-secret-key',
  title: 'Stripe test secret key',
  severity: 'medium',
  confidence: 0.99,
  prefixes: ['sk_test_'],
  pattern: /sk_test_[A-Za-z0-9]{24,247}(?![A-Za-z0-9])/,
  validate: (value) => !/^[a-z]{2}_[a-z]{4}_[a-f0-9]{40}$/.test(value),
});
