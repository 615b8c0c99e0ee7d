import { tokenRule } from '../../../define';

/** Africa's Talking API key: `atsk_` followed by 64 hex characters. */
export const africastalkingApiKey = tokenRule({
  id: 'africastalking-api-key',
  title: "Africa's Talking API key",
  severity: 'high',
  confidence: 0.99,
  prefixes: ['atsk_'],
  pattern: /atsk_[a-f0-9]{64}(?![A-Za-z0-9])/,
});
