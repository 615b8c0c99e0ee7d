import { contextRule } from '../../../define';

/** MessageBird (Bird) API access key: 25 base62 characters next to a MessageBird keyword. */
export const messagebirdApiKey = contextRule({
  id: 'messagebird-api-key',
  title: 'MessageBird API key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['messagebird', 'message_bird'],
  pattern: /[A-Za-z0-9]{25}/,
  minLength: 25,
  maxLength: 25,
  minEntropy: 3.8,
  requires: { digit: true, lower: true, upper: true },
});
