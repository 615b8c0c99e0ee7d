import { tokenRule } from '../../../define';

/** Segment Public API token: `sgp_` followed by 64 base62 characters. */
export const segmentPublicApiToken = tokenRule({
  id: 'segment-public-api-token',
  title: 'Segment public API token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['sgp_'],
  pattern: /sgp_[A-Za-z0-9]{64}(?![A-Za-z0-9])/,
});
