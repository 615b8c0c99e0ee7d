import { tokenRule } from '../../../define';

/** Tencent Cloud API SecretId: `AKID` + 32 base62 characters. */
export const tencentCloudSecretId = tokenRule({
  id: 'tencent-cloud-secret-id',
  title: 'Tencent Cloud SecretId',
  severity: 'high',
  confidence: 0.9,
  prefixes: ['AKID'],
  pattern: /AKID[A-Za-z0-9]{32}(?![A-Za-z0-9])/,
  requires: { digit: true, lower: true, upper: true, after: 4 },
});
