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
  validate: (value) => {
    const body = value.slice(0);
    return /[0-9]/.test(body) && /[a-z]/.test(body) && /[A-Z]/.test(body);
  },
});
