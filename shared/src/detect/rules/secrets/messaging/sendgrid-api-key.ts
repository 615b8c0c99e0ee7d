import { tokenRule } from '../../../define';

/** SendGrid API key: `SG.` + 22 + `.` + 43 base64url characters. */
export const sendgridApiKey = tokenRule({
  id: 'sendgrid-api-key',
  title: 'SendGrid API key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['SG.'],
  pattern: /SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/,
});
