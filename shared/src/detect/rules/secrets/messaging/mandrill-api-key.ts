import { contextRule } from '../../../define';

/** Mandrill (Mailchimp Transactional) API key: 22 base64url characters (newer keys start `md-`) next to a Mandrill keyword. */
export const mandrillApiKey = contextRule({
  id: 'mandrill-api-key',
  title: 'Mandrill API key',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['mandrill'],
  pattern: /(?:md-)?[A-Za-z0-9_-]{22}/,
  minLength: 22,
  maxLength: 25,
  minEntropy: 3.8,
  requires: { digit: true, lower: true, upper: true },
});
