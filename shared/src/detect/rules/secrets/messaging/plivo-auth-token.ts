import { contextRule } from '../../../define';

/** Plivo auth token: 40 base62 characters next to a Plivo keyword. */
export const plivoAuthToken = contextRule({
  id: 'plivo-auth-token',
  title: 'Plivo auth token',
  severity: 'high',
  confidence: 0.85,
  keywords: ['plivo'],
  pattern: /[A-Za-z0-9]{40}/,
  minLength: 40,
  maxLength: 40,
  minEntropy: 4,
  requires: { digit: true, lower: true, upper: true },
});
