import { contextRule } from '../../../define';

/** Razorpay key secret: 24 base62 characters next to a Razorpay keyword. */
export const razorpayKeySecret = contextRule({
  id: 'razorpay-key-secret',
  title: 'Razorpay key secret',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['razorpay'],
  pattern: /[A-Za-z0-9]{24}/,
  minLength: 24,
  maxLength: 24,
  minEntropy: 3.8,
  requires: { digit: true, lower: true, upper: true },
});
