import { tokenRule } from '../../../define';

/** Checkout.com secret key: `sk_sbox_` + base32 body, or the older `sk_` / `sk_test_` + UUID. */
export const checkoutSecretKey = tokenRule({
  id: 'checkout-secret-key',
  title: 'Checkout.com secret key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['sk_sbox_', 'sk_test_', 'sk_'],
  pattern: /sk_(?:sbox_[a-z2-7]{26,30}|(?:test_)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
});
