import { tokenRule } from '../../../define';

/** Stability AI API key: `sk-` + 48 base62 characters after a Stability keyword (the shape alone is generic). */
export const stabilityApiKey = tokenRule({
  id: 'stability-api-key',
  title: 'Stability AI API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['sk-'],
  keywords: ['stability', 'dreamstudio', 'stable_diffusion'],
  pattern: /sk-[A-Za-z0-9]{48}(?![A-Za-z0-9_-])/,
});
