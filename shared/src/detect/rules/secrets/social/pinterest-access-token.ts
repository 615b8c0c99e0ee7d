import { tokenRule } from '../../../define';

/** Pinterest API v5 access token: `pina_` followed by a long alphanumeric body. */
export const pinterestAccessToken = tokenRule({
  id: 'pinterest-access-token',
  title: 'Pinterest access token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['pina_'],
  pattern: /pina_[A-Za-z0-9]{40,200}(?![A-Za-z0-9_-])/,
});
