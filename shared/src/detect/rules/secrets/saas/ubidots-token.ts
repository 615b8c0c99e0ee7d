import { tokenRule } from '../../../define';

/** Ubidots (IoT platform) account token: `BBFF-` + 30 base62 characters. */
export const ubidotsToken = tokenRule({
  id: 'ubidots-token',
  title: 'Ubidots token',
  severity: 'high',
  confidence: 0.95,
  prefixes: ['BBFF-'],
  pattern: /BBFF-[A-Za-z0-9]{30}(?![A-Za-z0-9])/,
  requires: { digit: true, lower: true, upper: true, after: 5 },
});
