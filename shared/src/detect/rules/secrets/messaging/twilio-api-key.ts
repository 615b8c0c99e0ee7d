import { tokenRule } from '../../../define';

/** Twilio API key SID: `SK` followed by 32 lowercase hex characters. */
export const twilioApiKey = tokenRule({
  id: 'twilio-api-key',
  title: 'Twilio API key SID',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['SK'],
  pattern: /SK[0-9a-f]{32}(?![A-Za-z0-9])/,
});
