import { contextRule } from '../../../define';

/** Zulip API key: 32 base62 characters next to a Zulip keyword. */
export const zulipApiKey = contextRule({
  id: 'zulip-api-key',
  title: 'Zulip API key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['zulip'],
  pattern: /[A-Za-z0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 4,
  requires: { digit: true, lower: true, upper: true },
});
