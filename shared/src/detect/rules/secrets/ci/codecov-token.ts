import { contextRule } from '../../../define';

/** Codecov upload / API token: a UUID next to a Codecov keyword. */
export const codecovToken = contextRule({
  id: 'codecov-token',
  title: 'Codecov upload token',
  severity: 'medium',
  confidence: 0.8,
  keywords: ['codecov'],
  pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3,
});
