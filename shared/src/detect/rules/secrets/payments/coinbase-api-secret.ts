import { contextRule } from '../../../define';

/** Coinbase API secret: legacy 32 base62 characters, or a CDP Ed25519 secret (88 base64 characters), next to a Coinbase keyword. */
export const coinbaseApiSecret = contextRule({
  id: 'coinbase-api-secret',
  title: 'Coinbase API secret',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['coinbase', 'cdp_api', 'cdp-api'],
  pattern: /[A-Za-z0-9]{32}|[A-Za-z0-9+/]{86}==/,
  minLength: 32,
  maxLength: 88,
  minEntropy: 4,
  requires: { digit: true, lower: true, upper: true },
});
