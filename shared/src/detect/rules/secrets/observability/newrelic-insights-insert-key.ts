import { tokenRule } from '../../../define';

/** New Relic Insights insert key: `NRII-` followed by 32 characters. */
export const newrelicInsightsInsertKey = tokenRule({
  id: 'newrelic-insights-insert-key',
  title: 'New Relic Insights insert key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['NRII-'],
  pattern: /NRII-[A-Za-z0-9_-]{32}(?![A-Za-z0-9_-])/,
});
