import { tokenRule } from '../../../define';

/** Anthropic Admin API key: `sk-ant-admin01-` followed by about 95 base64url characters. */
export const anthropicAdminKey = tokenRule({
  id: 'anthropic-admin-key',
  title: 'Anthropic admin API key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['sk-ant-admin'],
  pattern: /sk-ant-admin\d{2}-[A-Za-z0-9_-]{80,120}(?![A-Za-z0-9_-])/,
});
