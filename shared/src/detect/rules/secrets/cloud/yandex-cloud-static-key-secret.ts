import { tokenRule } from '../../../define';

/** Yandex Cloud static access key secret (S3-compatible): `YC` + 38 base64url characters. */
export const yandexCloudStaticKeySecret = tokenRule({
  id: 'yandex-cloud-static-key-secret',
  title: 'Yandex Cloud static access key secret',
  severity: 'critical',
  confidence: 0.85,
  prefixes: ['YC'],
  pattern: /YC[A-Za-z0-9_-]{38}(?![A-Za-z0-9_+/=-])/,
  requires: { digit: true, lower: true, upper: true, after: 2 },
});
