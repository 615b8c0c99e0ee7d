import { tokenRule } from '../../../define';

/** Shopify shared secret: `shpss_` followed by 32 hex characters. */
export const shopifySharedSecret = tokenRule({
  id: 'shopify-shared-secret',
  title: 'Shopify shared secret',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['shpss_'],
  pattern: /shpss_[a-fA-F0-9]{32}(?![A-Za-z0-9])/,
});
