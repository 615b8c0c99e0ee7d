import { tokenRule } from '../../../define';

/** Alibaba Cloud AccessKey ID: `LTAI` + 12 to 20 base62 characters. */
export const alibabaAccessKeyId = tokenRule({
  id: 'alibaba-access-key-id',
  title: 'Alibaba Cloud AccessKey ID',
  severity: 'high',
  confidence: 0.9,
  prefixes: ['LTAI'],
  pattern: /LTAI[A-Za-z0-9]{12,20}(?![A-Za-z0-9])/,
  requires: { lower: true, upper: true, after: 4 },
});
