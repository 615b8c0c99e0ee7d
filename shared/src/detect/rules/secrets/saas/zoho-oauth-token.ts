import { tokenRule } from '../../../define';

/** Zoho OAuth access or refresh token (CRM, Books, Desk…): `1000.` + 32 hex + `.` + 32 hex. */
export const zohoOauthToken = tokenRule({
  id: 'zoho-oauth-token',
  title: 'Zoho OAuth token',
  severity: 'high',
  confidence: 0.95,
  prefixes: ['1000.'],
  pattern: /1000\.[a-f0-9]{32}\.[a-f0-9]{32}(?![A-Za-z0-9])/,
  requires: { digit: true, lower: true, after: 5 },
});
