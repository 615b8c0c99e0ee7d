import { contextRule } from '../../../define';
import { atNameStart } from '../keyword-at';

/** Lob API key: `live_` or `test_` + 35 lowercase hex characters, only next to a Lob keyword since the prefixes are common. */
export const lobApiKey = contextRule({
  id: 'lob-api-key',
  title: 'Lob API key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['lob'],
  // `lob` starting a name (`LOB_API_KEY`, `lobKey`), never inside a word (`global`, `blob`).
  keywordAt: atNameStart,
  pattern: /(?:live|test)_[a-f0-9]{35}/,
  minLength: 40,
  maxLength: 40,
});
