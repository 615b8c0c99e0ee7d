import { tokenRule } from '../../../define';

/** OpenAI service account key: `sk-svcacct-` followed by a long base64url body. */
export const openaiServiceAccountKey = tokenRule({
  id: 'openai-service-account-key',
  title: 'OpenAI service account key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['sk-svcacct-'],
  pattern: /sk-svcacct-[A-Za-z0-9_-]{40,250}(?![A-Za-z0-9_-])/,
});
