import { tokenRule } from '../../../define';

/** EasyPost production API key: `EZAK` + 54 base62 characters. */
export const easypostApiKey = tokenRule({
  id: 'easypost-api-key',
  title: 'EasyPost production API key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['EZAK'],
  pattern: /EZAK[A-Za-z0-9]{54}(?![A-Za-z0-9])/,
  requires: { lower: true, upper: true, after: 4 },
});
