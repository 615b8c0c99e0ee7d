import { contextRule } from '../../../define';

/** Alibaba Cloud AccessKey secret: 30 base62 characters next to an Alibaba Cloud keyword. */
export const alibabaAccessKeySecret = contextRule({
  id: 'alibaba-access-key-secret',
  title: 'Alibaba Cloud AccessKey secret',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['alibaba', 'aliyun', 'alicloud', 'accesskeysecret', 'access_key_secret', 'access.key.secret', 'access-key-secret'],
  pattern: /[A-Za-z0-9]{30}/,
  minLength: 30,
  maxLength: 30,
  minEntropy: 4,
  requires: { lower: true, upper: true },
});
