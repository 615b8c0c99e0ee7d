import { contextRule } from '../../../define';

/** Mailgun private API key: 32 hex + `-` + 8 hex + `-` + 8 hex, next to a Mailgun keyword. */
export const mailgunPrivateKey = contextRule({
  id: 'mailgun-private-key',
  title: 'Mailgun private API key',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['mailgun'],
  pattern: /[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}/,
  minLength: 50,
  maxLength: 50,
  minEntropy: 3.3,
});
