import { tokenRule } from '../../../define';

/** Anthropic API key: `sk-ant-api03-` followed by about 95 base64url characters. */
export const anthropicApiKey = tokenRule({
  id: 'anthropic-api-key',
  title: 'Anthropic API key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['sk-ant-api'],
  pattern: /sk-ant-api\d{2}-[A-Za-z0-9_-]{80,120}(?![A-Za-z0-9_-])/,
});
