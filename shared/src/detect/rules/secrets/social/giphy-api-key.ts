import { contextRule } from '../../../define';

/** Giphy API key: 32 base62 characters next to a Giphy keyword. */
export const giphyApiKey = contextRule({
  id: 'giphy-api-key',
  title: 'Giphy API key',
  severity: 'medium',
  confidence: 0.85,
  keywords: ['giphy'],
  pattern: /[A-Za-z0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 4,
  validate: (value) => {
    const body = value.slice(0);
    return /[0-9]/.test(body) && /[a-z]/.test(body) && /[A-Z]/.test(body);
  },
});
