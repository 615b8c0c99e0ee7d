import { contextRule } from '../../../define';

/** Kraken API key (56 base64) or private key (88 base64) next to a Kraken keyword. */
export const krakenApiSecret = contextRule({
  id: 'kraken-api-secret',
  title: 'Kraken API key / secret',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['kraken'],
  pattern: /[A-Za-z0-9+/]{56}|[A-Za-z0-9+/]{86}==/,
  minLength: 56,
  maxLength: 88,
  minEntropy: 4.5,
  requires: { digit: true, lower: true, upper: true },
});
