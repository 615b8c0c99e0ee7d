import { contextRule } from '../../../define';

/** ZeroTier Central API token: 32 base62 characters next to a ZeroTier keyword. */
export const zerotierApiToken = contextRule({
  id: 'zerotier-api-token',
  title: 'ZeroTier Central API token',
  severity: 'high',
  confidence: 0.8,
  keywords: ['zerotier', 'zt_central', 'zt_token', 'ztcentral', 'zt.central', 'zt-central', 'zttoken', 'zt.token', 'zt-token'],
  pattern: /[A-Za-z0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 4,
  requires: { lower: true, upper: true },
});
