import { tokenRule } from '../../../define';

/** Stripe live restricted key: `rk_live_` followed by 24 to 247 base62 characters. 40-hex bodies belong to Paystack. */
export const stripeLiveRestrictedKey = tokenRule({
  id: 'stripe-live-restricted-key',
  title: 'Stripe live restricted key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['rk_live_'],
  pattern: /rk_live_[A-Za-z0-9]{24,247}(?![A-Za-z0-9])/,
  validate: (value) => !/^[a-z]{2}_[a-z]{4}_[a-f0-9]{40}$/.test(value),
});
