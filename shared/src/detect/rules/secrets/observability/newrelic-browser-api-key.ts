import { tokenRule } from '../../../define';

/** New Relic browser API key: `NRJS-` followed by 19 characters. */
export const newrelicBrowserApiKey = tokenRule({
  id: 'newrelic-browser-api-key',
  title: 'New Relic browser API key',
  severity: 'medium',
  confidence: 0.99,
  prefixes: ['NRJS-'],
  pattern: /NRJS-[a-f0-9]{19}(?![A-Za-z0-9_-])/,
});
