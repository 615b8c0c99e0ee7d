import { tokenRule } from '../../../define';

/** MailerSend API token: `mlsn.` followed by 64 hex characters. */
export const mailersendApiToken = tokenRule({
  id: 'mailersend-api-token',
  title: 'MailerSend API token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['mlsn.'],
  pattern: /mlsn\.[a-f0-9]{64}(?![A-Za-z0-9])/,
});
