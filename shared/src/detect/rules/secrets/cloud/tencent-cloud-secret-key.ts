import { contextRule } from '../../../define';

/** Tencent Cloud API SecretKey: 32 base62 characters next to a Tencent Cloud keyword. */
export const tencentCloudSecretKey = contextRule({
  id: 'tencent-cloud-secret-key',
  title: 'Tencent Cloud SecretKey',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['tencent', 'qcloud', 'tccli'],
  pattern: /[A-Za-z0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 4,
  requires: { lower: true, upper: true },
});
