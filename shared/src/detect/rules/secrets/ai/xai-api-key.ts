import { tokenRule } from '../../../define';

/** xAI (Grok) API key: `xai-` followed by 80 base62 characters. */
export const xaiApiKey = tokenRule({
  id: 'xai-api-key',
  title: 'xAI API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['xai-'],
  pattern: /xai-[A-Za-z0-9]{70,90}(?![A-Za-z0-9_-])/,
});
