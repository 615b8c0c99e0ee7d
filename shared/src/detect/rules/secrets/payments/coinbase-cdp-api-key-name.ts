import { tokenRule } from '../../../define';

/** Coinbase Developer Platform API key name: `organizations/<uuid>/apiKeys/<uuid>`. Not secret alone, but it names the key next to an EC private key. */
export const coinbaseCdpApiKeyName = tokenRule({
  id: 'coinbase-cdp-api-key-name',
  title: 'Coinbase CDP API key name',
  severity: 'low',
  confidence: 0.99,
  prefixes: ['organizations/'],
  pattern: /organizations\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/apiKeys\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![A-Za-z0-9_-])/,
});
