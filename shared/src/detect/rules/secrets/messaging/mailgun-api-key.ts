import { tokenRule } from '../../../define';

/** Legacy Mailgun API key: `key-` followed by 32 hex characters. */
export const mailgunApiKey = tokenRule({
  id: 'mailgun-api-key',
  title: 'Mailgun API key (legacy)',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['key-'],
  pattern: /key-[a-f0-9]{32}(?![A-Za-z0-9])/,
});
