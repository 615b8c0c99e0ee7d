import { tokenRule } from '../../../define';

/** OpenAI project-scoped API key: `sk-proj-` followed by a long base64url body (which carries the `T3BlbkFJ` marker). */
export const openaiProjectKey = tokenRule({
  id: 'openai-project-key',
  title: 'OpenAI project API key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['sk-proj-'],
  pattern: /sk-proj-[A-Za-z0-9_-]{40,250}(?![A-Za-z0-9_-])/,
});
