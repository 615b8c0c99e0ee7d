import { tokenRule } from '../../../define';

/** Shopify access token: `shpat_` followed by 32 hex characters. */
export const shopifyAccessToken = tokenRule({
  id: 'shopify-access-token',
  title: 'Shopify access token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['shpat_'],
  pattern: /shpat_[a-fA-F0-9]{32}(?![A-Za-z0-9])/,
});
