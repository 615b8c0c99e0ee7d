import { tokenRule } from '../../../define';

/** Voyage AI API key: `pa-` followed by 43 base64url characters. */
export const voyageApiKey = tokenRule({
  id: 'voyage-api-key',
  title: 'Voyage AI API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['pa-'],
  pattern: /pa-[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/,
  requires: { digit: true, lower: true, upper: true, after: 3 },
});
