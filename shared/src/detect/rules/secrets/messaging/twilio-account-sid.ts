import { tokenRule } from '../../../define';

/** Twilio account SID: `AC` followed by 32 lowercase hex characters. An identifier, not a secret alone, but it names the account the auth token unlocks. */
export const twilioAccountSid = tokenRule({
  id: 'twilio-account-sid',
  title: 'Twilio account SID',
  severity: 'low',
  confidence: 0.99,
  prefixes: ['AC'],
  pattern: /AC[0-9a-f]{32}(?![A-Za-z0-9])/,
});
