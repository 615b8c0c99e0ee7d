import { tokenRule } from '../../../define';

/** Adyen API key: `AQE` + base64 block + `-` + base64 block + `-` + short tail. `=` and the tail's punctuation split scanner tokens; the pattern spans them. */
export const adyenApiKey = tokenRule({
  id: 'adyen-api-key',
  title: 'Adyen API key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['AQE'],
  pattern: /AQE[A-Za-z0-9+/]{40,200}={0,2}-[A-Za-z0-9+/]{30,60}={0,2}-[^\s"'`]{4,40}/,
});
