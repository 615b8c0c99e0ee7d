import { tokenRule } from '../../../define';

/** Linear personal API key: `lin_api_` followed by 40 base62 characters. */
export const linearApiKey = tokenRule({
  id: 'linear-api-key',
  title: 'Linear API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['lin_api_'],
  pattern: /lin_api_[A-Za-z0-9]{40}(?![A-Za-z0-9_-])/,
});
