import { tokenRule } from '../../../define';

/** EasyPost test-mode API key: `EZTK` + 54 base62 characters. */
export const easypostTestApiKey = tokenRule({
  id: 'easypost-test-api-key',
  title: 'EasyPost test API key',
  severity: 'medium',
  confidence: 0.99,
  prefixes: ['EZTK'],
  pattern: /EZTK[A-Za-z0-9]{54}(?![A-Za-z0-9])/,
  requires: { lower: true, upper: true, after: 4 },
});
