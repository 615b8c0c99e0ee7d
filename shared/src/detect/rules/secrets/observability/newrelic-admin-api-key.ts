import { tokenRule } from '../../../define';

/** New Relic admin API key: `NRAA-` followed by 27 characters. */
export const newrelicAdminApiKey = tokenRule({
  id: 'newrelic-admin-api-key',
  title: 'New Relic admin API key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['NRAA-'],
  pattern: /NRAA-[a-f0-9]{27}(?![A-Za-z0-9_-])/,
});
