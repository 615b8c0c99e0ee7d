import { tokenRule } from '../../../define';
import { isRandomBody } from '../random-body';

/**
 * Alibaba Cloud AccessKey ID: `LTAI` + 12 to 20 base62 characters, in mixed case. Other scanners' patterns
 * (`LTAI(?i)[a-z0-9]{20}`) accept a 20-character body in one case as well: that counts when it is random.
 */
export const alibabaAccessKeyId = tokenRule({
  id: 'alibaba-access-key-id',
  title: 'Alibaba Cloud AccessKey ID',
  severity: 'high',
  confidence: 0.9,
  prefixes: ['LTAI'],
  pattern: /LTAI[A-Za-z0-9]{12,20}(?![A-Za-z0-9])/,
  validate: (value) => {
    const body = value.slice(4);
    return (/[a-z]/.test(body) && /[A-Z]/.test(body)) || (body.length === 20 && isRandomBody(body));
  },
});
