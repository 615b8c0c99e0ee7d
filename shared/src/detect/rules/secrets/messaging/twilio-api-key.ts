import { tokenRule } from '../../../define';

/**
 * Twilio API key SID: `SK` followed by 32 hex characters, lowercase as Twilio writes them or in either case as
 * other scanners' patterns (`SK[0-9a-fA-F]{32}`) take them; a hex run of exactly that length after `SK` is
 * Twilio's either way.
 */
export const twilioApiKey = tokenRule({
  id: 'twilio-api-key',
  title: 'Twilio API key SID',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['SK'],
  pattern: /SK[0-9a-fA-F]{32}(?![A-Za-z0-9])/,
});
