import { contextRule } from '../../../define';

/** Heroku API key in the original format: a UUID next to a Heroku keyword. */
export const herokuApiKeyLegacy = contextRule({
  id: 'heroku-api-key-legacy',
  title: 'Heroku API key',
  severity: 'critical',
  confidence: 0.8,
  keywords: ['heroku'],
  pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3,
});
