import { tokenRule } from '../../../define';

/** Airtable personal access token: `pat` + 14 base62 + `.` + 64 hex characters. */
export const airtablePat = tokenRule({
  id: 'airtable-pat',
  title: 'Airtable personal access token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['pat'],
  pattern: /pat[A-Za-z0-9]{14}\.[a-f0-9]{64}(?![A-Za-z0-9])/,
});
