import { tokenRule } from '../../../define';

/** Shopify custom app access token: `shpca_` followed by 32 hex characters. */
export const shopifyCustomAppToken = tokenRule({
  id: 'shopify-custom-app-token',
  title: 'Shopify custom app access token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['shpca_'],
  pattern: /shpca_[a-fA-F0-9]{32}(?![A-Za-z0-9])/,
});
