import { contextRule } from '../../../define';

/** Mistral AI API key: 32 base62 characters next to a Mistral keyword. */
export const mistralApiKey = contextRule({
  id: 'mistral-api-key',
  title: 'Mistral AI API key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['mistral'],
  pattern: /[A-Za-z0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 4,
  validate: (value) => {
    const body = value.slice(0);
    return /[0-9]/.test(body) && /[a-z]/.test(body) && /[A-Z]/.test(body);
  },
});
