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
  requires: { digit: true, lower: true, upper: true },
});
