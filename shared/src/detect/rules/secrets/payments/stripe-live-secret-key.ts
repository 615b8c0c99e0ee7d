import { tokenRule } from '../../../define';
import { isStripeKey } from './stripe-body';

/**
 * Stripe live secret key: `sk_live_` followed by 24 to 247 base62 characters, or 16 to 23 that read as
 * random (see `isStripeKey`). `sk_prod_`, which Stripe does not issue but other scanners' patterns
 * (`(?:sk|rk)_(?:test|live|prod)_`) take for a Stripe key, counts as live.
 */
export const stripeLiveSecretKey = tokenRule({
  id: 'stripe-live-secret-key',
  title: 'Stripe live secret key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['sk_live_', 'sk_prod_'],
  pattern: /sk_(?:live|prod)_[A-Za-z0-9]{16,247}(?![A-Za-z0-9])/,
  validate: isStripeKey,
});
