import { tokenRule } from '../../../define';

/** Infracost API key: `ico-` + 32 base62 characters. */
export const infracostApiKey = tokenRule({
  id: 'infracost-api-key',
  title: 'Infracost API key',
  severity: 'high',
  confidence: 0.97,
  prefixes: ['ico-'],
  pattern: /ico-[A-Za-z0-9]{32}(?![A-Za-z0-9_-])/,
  requires: { lower: true, upper: true, after: 4 },
});
