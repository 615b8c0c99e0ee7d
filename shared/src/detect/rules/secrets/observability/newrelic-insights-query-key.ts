import { tokenRule } from '../../../define';

/** New Relic Insights query key: `NRIQ-` followed by 32 characters. */
export const newrelicInsightsQueryKey = tokenRule({
  id: 'newrelic-insights-query-key',
  title: 'New Relic Insights query key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['NRIQ-'],
  pattern: /NRIQ-[A-Za-z0-9_-]{32}(?![A-Za-z0-9_-])/,
});
