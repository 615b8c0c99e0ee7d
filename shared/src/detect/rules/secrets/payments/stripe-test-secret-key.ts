import { tokenRule } from '../../../define';
import { isStripeKey } from './stripe-body';

/**
 * Stripe test secret key: `sk_test_` followed by 24 to 247 base62 characters, or 16 to 23
 * that read as random (see `isStripeKey`).
 */
export const stripeTestSecretKey = tokenRule({
  id: 'stripe-test-secret-key',
  title: 'Stripe test secret key',
  severity: 'medium',
  confidence: 0.99,
  prefixes: ['sk_test_'],
  pattern: /sk_test_[A-Za-z0-9]{16,247}(?![A-Za-z0-9])/,
  validate: isStripeKey,
});
