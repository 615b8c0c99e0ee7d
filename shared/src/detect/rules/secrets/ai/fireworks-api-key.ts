import { tokenRule } from '../../../define';

/** Fireworks AI API key: `fw_` followed by about 24 base62 characters. */
export const fireworksApiKey = tokenRule({
  id: 'fireworks-api-key',
  title: 'Fireworks AI API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['fw_'],
  pattern: /fw_[A-Za-z0-9]{20,32}(?![A-Za-z0-9_-])/,
  requires: { digit: true, lower: true, upper: true, after: 3 },
});
