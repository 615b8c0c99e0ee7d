import { tokenRule } from '../../../define';

/** crates.io API token: `cio` + 32 base62 characters. */
export const cratesIoApiToken = tokenRule({
  id: 'crates-io-api-token',
  title: 'crates.io API token',
  severity: 'critical',
  confidence: 0.95,
  prefixes: ['cio'],
  pattern: /cio[A-Za-z0-9]{32}(?![A-Za-z0-9])/,
  requires: { digit: true, lower: true, upper: true, after: 3 },
});
