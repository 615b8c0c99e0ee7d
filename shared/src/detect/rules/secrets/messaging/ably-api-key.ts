import { contextRule } from '../../../define';

/** Ably API key `<app>.<key>:<secret>`: the 43-char secret after `:`, next to an Ably keyword (never the letters "ably" inside words). */
export const ablyApiKey = contextRule({
  id: 'ably-api-key',
  title: 'Ably API key secret',
  severity: 'high',
  confidence: 0.85,
  keywords: ['ably_', 'ably-', 'ably.', 'ablykey', 'ably_api_key', 'new ably'],
  pattern: /[A-Za-z0-9_+/=-]{43}/,
  minLength: 43,
  maxLength: 43,
  minEntropy: 4,
  requires: { digit: true, lower: true, upper: true },
});
