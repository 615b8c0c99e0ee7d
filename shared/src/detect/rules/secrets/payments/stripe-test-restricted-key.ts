import { tokenRule } from '../../../define';
import { isStripeKey } from './stripe-body';

/**
 * Stripe test restricted key: `rk_test_` followed by 24 to 247 base62 characters, or 16 to 23
 * that read as random (see `isStripeKey`).
 */
export const stripeTestRestrictedKey = tokenRule({
  id: 'stripe-test-restricted-key',
  title: 'Stripe test restricted key',
  severity: 'medium',
  confidence: 0.99,
  prefixes: ['rk_test_'],
  pattern: /rk_test_[A-Za-z0-9]{16,247}(?![A-Za-z0-9])/,
  validate: isStripeKey,
});
