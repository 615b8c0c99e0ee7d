import { tokenRule } from '../../../define';

/** Yandex Cloud API key: `AQVN` + 35-38 base64url characters. */
export const yandexCloudApiKey = tokenRule({
  id: 'yandex-cloud-api-key',
  title: 'Yandex Cloud API key',
  severity: 'critical',
  confidence: 0.95,
  prefixes: ['AQVN'],
  pattern: /AQVN[A-Za-z0-9_-]{35,38}(?![A-Za-z0-9_-])/,
});
