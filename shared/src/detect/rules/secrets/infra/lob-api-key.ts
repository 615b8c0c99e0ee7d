import { tokenRule } from '../../../define';

/** Lob API key: `live_` or `test_` + 35 lowercase hex characters, only next to a Lob keyword since the prefixes are common. */
export const lobApiKey = tokenRule({
  id: 'lob-api-key',
  title: 'Lob API key',
  severity: 'high',
  confidence: 0.85,
  prefixes: ['live_', 'test_'],
  pattern: /(?:live|test)_[a-f0-9]{35}(?![A-Za-z0-9])/,
  keywords: ['lob'],
});
