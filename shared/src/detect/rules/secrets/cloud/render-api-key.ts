import { tokenRule } from '../../../define';

/** Render API key: `rnd_` + 32 base62 characters. */
export const renderApiKey = tokenRule({
  id: 'render-api-key',
  title: 'Render API key',
  severity: 'critical',
  confidence: 0.97,
  prefixes: ['rnd_'],
  pattern: /rnd_[A-Za-z0-9]{32}(?![A-Za-z0-9_-])/,
  requires: { lower: true, upper: true, after: 4 },
});
