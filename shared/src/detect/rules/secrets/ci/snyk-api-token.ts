import { contextRule } from '../../../define';

/** Snyk API / service-account token: a UUID next to a Snyk keyword. */
export const snykApiToken = contextRule({
  id: 'snyk-api-token',
  title: 'Snyk API token',
  severity: 'high',
  confidence: 0.8,
  keywords: ['snyk'],
  pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3,
});
