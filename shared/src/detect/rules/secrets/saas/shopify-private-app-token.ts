import { tokenRule } from '../../../define';

/** Shopify private app access token: `shppa_` followed by 32 hex characters. */
export const shopifyPrivateAppToken = tokenRule({
  id: 'shopify-private-app-token',
  title: 'Shopify private app access token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['shppa_'],
  pattern: /shppa_[a-fA-F0-9]{32}(?![A-Za-z0-9])/,
});
