import { tokenRule } from '../../../define';

/** DeepSeek API key: `sk-` followed by 32 hex characters; the shape is generic, so a DeepSeek keyword must precede it. */
export const deepseekApiKey = tokenRule({
  id: 'deepseek-api-key',
  title: 'DeepSeek API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['sk-'],
  keywords: ['deepseek'],
  pattern: /sk-[a-f0-9]{32}(?![A-Za-z0-9_-])/,
});
