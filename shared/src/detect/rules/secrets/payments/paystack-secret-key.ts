import { tokenRule } from '../../../define';

/** Paystack secret key: `sk_live_` / `sk_test_` + exactly 40 hex characters (Stripe keys share the prefix but are base62 of other lengths). */
export const paystackSecretKey = tokenRule({
  id: 'paystack-secret-key',
  title: 'Paystack secret key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['sk_live_', 'sk_test_'],
  pattern: /sk_(?:live|test)_[a-f0-9]{40}(?![A-Za-z0-9])/,
});
