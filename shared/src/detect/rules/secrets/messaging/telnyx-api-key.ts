import { tokenRule } from '../../../define';

/** Telnyx API v2 key: `KEY` + uppercase id + `_` + 22 base62 characters. */
export const telnyxApiKey = tokenRule({
  id: 'telnyx-api-key',
  title: 'Telnyx API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['KEY'],
  pattern: /KEY[0-9A-Z]{26,34}_[A-Za-z0-9]{22}(?![A-Za-z0-9])/,
  validate: (value) => /[0-9]/.test(value.slice(3)) && /[A-Za-z]/.test(value.slice(3)),
});
