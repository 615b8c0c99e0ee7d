import { tokenRule } from '../../../define';

/** Xata API key: `xau_` + 32-40 base62 characters. */
export const xataApiKey = tokenRule({
  id: 'xata-api-key',
  title: 'Xata API key',
  severity: 'critical',
  confidence: 0.97,
  prefixes: ['xau_'],
  pattern: /xau_[A-Za-z0-9]{32,40}(?![A-Za-z0-9])/,
  requires: { lower: true, upper: true, after: 4 },
});
