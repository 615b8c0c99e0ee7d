import { contextRule } from '../../../define';

/** Mailgun webhook signing key: 32 hex characters next to a Mailgun keyword. */
export const mailgunSigningKey = contextRule({
  id: 'mailgun-signing-key',
  title: 'Mailgun webhook signing key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['mailgun'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.3,
});
