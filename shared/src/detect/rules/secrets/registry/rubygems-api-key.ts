import { tokenRule } from '../../../define';

/** RubyGems.org API key: `rubygems_` + 48 lowercase hex characters. */
export const rubygemsApiKey = tokenRule({
  id: 'rubygems-api-key',
  title: 'RubyGems API key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['rubygems_'],
  pattern: /rubygems_[a-f0-9]{48}(?![A-Za-z0-9])/,
});
