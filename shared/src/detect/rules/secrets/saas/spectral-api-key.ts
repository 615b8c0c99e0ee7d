import { tokenRule } from '../../../define';

/** Spectral (Check Point) scanner API key: `spu-` + 32 lower-case hex characters. */
export const spectralApiKey = tokenRule({
  id: 'spectral-api-key',
  title: 'Spectral API key',
  severity: 'high',
  confidence: 0.9,
  prefixes: ['spu-'],
  pattern: /spu-[a-f0-9]{32}(?![A-Za-z0-9_-])/,
});
