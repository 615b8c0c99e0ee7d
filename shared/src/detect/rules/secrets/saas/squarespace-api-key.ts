import { contextRule } from '../../../define';

/** Squarespace API key: a UUID next to a Squarespace keyword. */
export const squarespaceApiKey = contextRule({
  id: 'squarespace-api-key',
  title: 'Squarespace API key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['squarespace'],
  pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3,
});
