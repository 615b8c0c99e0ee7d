import { tokenRule } from '../../../define';

/** Perplexity API key: `pplx-` followed by about 48 base62 characters. */
export const perplexityApiKey = tokenRule({
  id: 'perplexity-api-key',
  title: 'Perplexity API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['pplx-'],
  pattern: /pplx-[A-Za-z0-9]{40,64}(?![A-Za-z0-9_-])/,
});
