import { tokenRule } from '../../../define';

/** Heroku platform API key in the prefixed format: `HRKU-AA` + 58 base64url characters (also `HRKU-` + a UUID). */
export const herokuApiKey = tokenRule({
  id: 'heroku-api-key',
  title: 'Heroku API key',
  severity: 'critical',
  confidence: 0.98,
  prefixes: ['HRKU-'],
  pattern: /HRKU-(?:AA[A-Za-z0-9_-]{58}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
});
