import { tokenRule } from '../../../define';

/** Yandex Cloud IAM token: `t1.` + a base64url body, `.` and an 86-character base64url signature. */
export const yandexCloudIamToken = tokenRule({
  id: 'yandex-cloud-iam-token',
  title: 'Yandex Cloud IAM token',
  severity: 'high',
  confidence: 0.95,
  prefixes: ['t1.'],
  pattern: /t1\.[A-Za-z0-9_-]{20,}={0,2}\.[A-Za-z0-9_-]{86}={0,2}(?![A-Za-z0-9_-])/,
});
