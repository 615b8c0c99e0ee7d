import { contextRule } from '../../../define';

/** Binance API key or secret: 64 base62 characters next to a Binance keyword. */
export const binanceApiKey = contextRule({
  id: 'binance-api-key',
  title: 'Binance API key / secret',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['binance'],
  pattern: /[A-Za-z0-9]{64}/,
  minLength: 64,
  maxLength: 64,
  minEntropy: 4.5,
  requires: { digit: true, lower: true, upper: true },
});
