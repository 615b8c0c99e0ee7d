import { tokenRule } from '../../../define';

/** ReadMe.com API key: `rdme_` + 70 lowercase alphanumerics. */
export const readmeApiKey = tokenRule({
  id: 'readme-api-key',
  title: 'ReadMe API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['rdme_'],
  pattern: /rdme_[a-z0-9]{70}(?![A-Za-z0-9])/,
});
