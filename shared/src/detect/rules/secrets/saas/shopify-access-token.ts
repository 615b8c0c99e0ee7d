import { tokenRule } from '../../../define';
import { hexOnlyAt32 } from './shopify-body';

/**
 * Shopify access token: `shpat_` followed by 32 hex characters. The prefix names the token, so a body of 32 to
 * 40 letters and digits beyond hex, as other scanners' samples write it, counts too; hex of another length does not.
 */
export const shopifyAccessToken = tokenRule({
  id: 'shopify-access-token',
  title: 'Shopify access token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['shpat_'],
  pattern: /shpat_[A-Za-z0-9]{32,40}(?![A-Za-z0-9])/,
  validate: hexOnlyAt32,
});
