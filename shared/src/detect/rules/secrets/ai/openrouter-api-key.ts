import { tokenRule } from '../../../define';

/** OpenRouter API key: `sk-or-v1-` followed by 64 hex characters. */
export const openrouterApiKey = tokenRule({
  id: 'openrouter-api-key',
  title: 'OpenRouter API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['sk-or-v1-'],
  pattern: /sk-or-v1-[a-f0-9]{64}(?![A-Za-z0-9_-])/,
});
