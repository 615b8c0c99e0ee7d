import { tokenRule } from '../../../define';

/** Anthropic web session key (`sessionKey` cookie): `sk-ant-sid01-` followed by a base64url body. */
export const anthropicSessionKey = tokenRule({
  id: 'anthropic-session-key',
  title: 'Anthropic web session key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['sk-ant-sid'],
  pattern: /sk-ant-sid\d{2}-[A-Za-z0-9_-]{80,140}(?![A-Za-z0-9_-])/,
});
