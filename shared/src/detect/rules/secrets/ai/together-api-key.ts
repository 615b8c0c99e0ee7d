import { tokenRule } from '../../../define';

/** Together AI API key (current format): `tgp_v1_` followed by about 43 base64url characters. */
export const togetherApiKey = tokenRule({
  id: 'together-api-key',
  title: 'Together AI API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['tgp_v1_'],
  pattern: /tgp_v1_[A-Za-z0-9_-]{38,50}(?![A-Za-z0-9_-])/,
});
