import { contextRule } from '../../../define';

/** Vonage (Nexmo) API secret: 16 base62 characters next to a Vonage / Nexmo keyword. */
export const vonageApiSecret = contextRule({
  id: 'vonage-api-secret',
  title: 'Vonage (Nexmo) API secret',
  severity: 'high',
  confidence: 0.85,
  keywords: ['vonage', 'nexmo'],
  pattern: /[A-Za-z0-9]{16}/,
  minLength: 16,
  maxLength: 16,
  minEntropy: 3.5,
  requires: { digit: true, lower: true, upper: true },
});
