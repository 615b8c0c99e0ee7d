import { tokenRule } from '../../../define';
import { isStripeKey } from './stripe-body';

/**
 * Stripe live restricted key: `rk_live_` followed by 24 to 247 base62 characters, or 16 to 23 that read as
 * random (see `isStripeKey`). `rk_prod_`, which Stripe does not issue but other scanners' patterns
 * (`(?:sk|rk)_(?:test|live|prod)_`) take for a Stripe key, counts as live.
 */
export const stripeLiveRestrictedKey = tokenRule({
  id: 'stripe-live-restricted-key',
  title: 'Stripe live restricted key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['rk_live_', 'rk_prod_'],
  pattern: /rk_(?:live|prod)_[A-Za-z0-9]{16,247}(?![A-Za-z0-9])/,
  validate: isStripeKey,
});
