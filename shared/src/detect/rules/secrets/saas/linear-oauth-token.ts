import { tokenRule } from '../../../define';

/** Linear OAuth access token: `lin_oauth_` followed by 64 hex characters. */
export const linearOauthToken = tokenRule({
  id: 'linear-oauth-token',
  title: 'Linear OAuth token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['lin_oauth_'],
  pattern: /lin_oauth_[a-f0-9]{64}(?![A-Za-z0-9_-])/,
});
