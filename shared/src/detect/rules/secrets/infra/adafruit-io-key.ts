import { tokenRule } from '../../../define';

/** Adafruit IO key: `aio_` + 28 base62 characters. */
export const adafruitIoKey = tokenRule({
  id: 'adafruit-io-key',
  title: 'Adafruit IO key',
  severity: 'high',
  confidence: 0.95,
  prefixes: ['aio_'],
  pattern: /aio_[A-Za-z0-9]{28}(?![A-Za-z0-9_])/,
  requires: { digit: true, lower: true, upper: true, after: 4 },
});
