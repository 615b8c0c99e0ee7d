import { tokenRule } from '../../../define';

/** Anthropic OAuth access (`sk-ant-oat01-`) and refresh (`sk-ant-ort01-`) tokens. */
export const anthropicOauthToken = tokenRule({
  id: 'anthropic-oauth-token',
  title: 'Anthropic OAuth token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['sk-ant-oat', 'sk-ant-ort'],
  pattern: /sk-ant-o[ar]t\d{2}-[A-Za-z0-9_-]{80,120}(?![A-Za-z0-9_-])/,
});
