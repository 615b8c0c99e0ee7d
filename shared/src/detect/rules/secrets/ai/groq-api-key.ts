import { tokenRule } from '../../../define';

/** Groq API key: `gsk_` followed by 52 base62 characters. */
export const groqApiKey = tokenRule({
  id: 'groq-api-key',
  title: 'Groq API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['gsk_'],
  pattern: /gsk_[A-Za-z0-9]{52}(?![A-Za-z0-9_-])/,
});
