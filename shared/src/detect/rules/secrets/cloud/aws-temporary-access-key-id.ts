import { tokenRule } from '../../../define';
import { hasDistinctChars } from '../../../distinct-chars';

/** AWS temporary access key ID issued by STS: `ASIA` + 16 uppercase base32 characters. Paired with a session token. */
export const awsTemporaryAccessKeyId = tokenRule({
  id: 'aws-temporary-access-key-id',
  title: 'AWS temporary (STS) access key ID',
  severity: 'high',
  confidence: 0.9,
  prefixes: ['ASIA'],
  pattern: /ASIA[A-Z0-9]{16}(?![A-Za-z0-9])/,
  validate: (value) => {
    const body = value.slice(4);
    return /[0-9]/.test(body) || hasDistinctChars(body, 12);
  },
});
