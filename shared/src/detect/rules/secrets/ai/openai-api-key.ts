import { tokenRule } from '../../../define';

/** OpenAI user and legacy keys: `sk-` (optionally `sk-None-`) whose body carries the `T3BlbkFJ` marker (base64 of "OpenAI"). Legacy keys are `sk-` + 20 + marker + 20. */
export const openaiApiKey = tokenRule({
  id: 'openai-api-key',
  title: 'OpenAI API key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['sk-'],
  pattern: /sk-[A-Za-z0-9_-]{16,250}(?![A-Za-z0-9_-])/,
  validate: (value) => value.includes('T3BlbkFJ'),
});
