import { tokenRule } from '../../../define';

/** OpenAI organization admin key: `sk-admin-` followed by a long base64url body. */
export const openaiAdminKey = tokenRule({
  id: 'openai-admin-key',
  title: 'OpenAI admin key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['sk-admin-'],
  pattern: /sk-admin-[A-Za-z0-9_-]{40,250}(?![A-Za-z0-9_-])/,
});
