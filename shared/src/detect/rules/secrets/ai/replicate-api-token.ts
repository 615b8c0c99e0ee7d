import { tokenRule } from '../../../define';

/** Replicate API token: `r8_` followed by 37 base62 characters. */
export const replicateApiToken = tokenRule({
  id: 'replicate-api-token',
  title: 'Replicate API token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['r8_'],
  pattern: /r8_[A-Za-z0-9]{37}(?![A-Za-z0-9_-])/,
});
