import { tokenRule } from '../../../define';

/** Stripe test restricted key: `rk_test_` followed by 24 to 247 base62 characters. 40-hex bodies belong to Paystack. */
export const stripeTestRestrictedKey = tokenRule({
  id: 'stripe-test-restricted-key',
  title: 'Stripe test restricted key',
  severity: 'medium',
  confidence: 0.99,
  prefixes: ['rk_test_'],
  pattern: /rk_test_[A-Za-z0-9]{24,247}(?![A-Za-z0-9])/,
  validate: (value) => !/^[a-z]{2}_[a-z]{4}_[a-f0-9]{40}$/.test(value),
});
