import { contextRule } from '../../../define';

/** Twilio auth token (32 hex) or API key secret (32 base62) next to a Twilio keyword. */
export const twilioAuthToken = contextRule({
  id: 'twilio-auth-token',
  title: 'Twilio auth token / API secret',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['twilio'],
  pattern: /[A-Za-z0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.3,
});
