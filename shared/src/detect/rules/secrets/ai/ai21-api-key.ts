import { contextRule } from '../../../define';

/** AI21 Labs API key: 32 base62 characters next to an AI21 keyword. */
export const ai21ApiKey = contextRule({
  id: 'ai21-api-key',
  title: 'AI21 Labs API key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['ai21'],
  pattern: /[A-Za-z0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 4,
  requires: { digit: true, lower: true, upper: true },
});
