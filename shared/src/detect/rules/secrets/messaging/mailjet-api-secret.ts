import { contextRule } from '../../../define';

/** Mailjet API key, secret or SMS token: 32 hex characters next to a Mailjet keyword. */
export const mailjetApiSecret = contextRule({
  id: 'mailjet-api-secret',
  title: 'Mailjet API key / secret',
  severity: 'high',
  confidence: 0.85,
  keywords: ['mailjet', 'mj_apikey', 'mj_api'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.3,
});
