import { tokenRule } from '../../../define';

/** Razorpay key id: `rzp_live_` / `rzp_test_` + 14 base62 characters (pairs with the key secret). */
export const razorpayKeyId = tokenRule({
  id: 'razorpay-key-id',
  title: 'Razorpay key id',
  severity: 'medium',
  confidence: 0.99,
  prefixes: ['rzp_live_', 'rzp_test_'],
  pattern: /rzp_(?:live|test)_[A-Za-z0-9]{14}(?![A-Za-z0-9])/,
});
