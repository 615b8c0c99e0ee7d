import { tokenRule } from '../../../define';

/** Legacy Airtable API key: `key` + 14 base62 characters after an Airtable keyword. */
export const airtableApiKey = tokenRule({
  id: 'airtable-api-key',
  title: 'Airtable API key (legacy)',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['key'],
  keywords: ['airtable'],
  pattern: /key[A-Za-z0-9]{14}(?![A-Za-z0-9_-])/,
  requires: { digit: true, lower: true, upper: true, after: 3 },
});
