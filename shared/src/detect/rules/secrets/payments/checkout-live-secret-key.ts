import { tokenRule } from '../../../define';

/** Checkout.com live secret key: `sk_` + base32 body after a Checkout.com keyword (the shape alone is generic). */
export const checkoutLiveSecretKey = tokenRule({
  id: 'checkout-live-secret-key',
  title: 'Checkout.com live secret key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['sk_'],
  keywords: ['checkout', 'cko_', 'cko-'],
  pattern: /sk_[a-z2-7]{26,30}(?![A-Za-z0-9_-])/,
  validate: (value) => /[0-9]/.test(value.slice(3)) && /[A-Za-z]/.test(value.slice(3)),
});
