import { tokenRule } from '../../../define';

/** Stripe live secret key: `sk_live_` followed by 24 to 247 base62 characters. 40-hex bodies belong to Paystack. */
export const stripeLiveSecretKey = tokenRule({
  id: 'stripe-live-secret-key',
  title: 'Stripe live secret key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['sk_live_'],
  pattern: /sk_live_[A-Za-z0-9]{24,247}(?![A-Za-z0-9])/,
  validate: (value) => !/^[a-z]{2}_[a-z]{4}_[a-f0-9]{40}$/.test(value),
});
