import { tokenRule } from '../../../define';

/** New Relic user API key: `NRAK-` followed by 27 characters. */
export const newrelicUserApiKey = tokenRule({
  id: 'newrelic-user-api-key',
  title: 'New Relic user API key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['NRAK-'],
  pattern: /NRAK-[A-Z0-9]{27}(?![A-Za-z0-9_-])/,
});
