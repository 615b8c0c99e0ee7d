import { tokenRule } from '../../../define';

/** Paddle Billing API key: `pdl_live_apikey_` / `pdl_sdbx_apikey_` + base62 body. */
export const paddleApiKey = tokenRule({
  id: 'paddle-api-key',
  title: 'Paddle API key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['pdl_'],
  pattern: /pdl_(?:live|sdbx)_apikey_[A-Za-z0-9_]{40,90}(?![A-Za-z0-9_-])/,
});
