import { tokenRule } from '../../../define';

/** Tavily API key: `tvly-` (optionally `tvly-dev-` / `tvly-prod-`) followed by 32 base62 characters. */
export const tavilyApiKey = tokenRule({
  id: 'tavily-api-key',
  title: 'Tavily API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['tvly-'],
  pattern: /tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}(?![A-Za-z0-9_-])/,
});
