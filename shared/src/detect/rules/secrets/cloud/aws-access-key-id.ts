import { tokenRule } from '../../../define';
import { hasDistinctChars } from '../../../distinct-chars';

/** AWS long-term access key ID: `AKIA` (IAM user), `ABIA` (STS bearer), `ACCA` (context-specific) or `A3T` + one character, then 16 uppercase base32 characters. */
export const awsAccessKeyId = tokenRule({
  id: 'aws-access-key-id',
  title: 'AWS access key ID',
  severity: 'critical',
  confidence: 0.95,
  prefixes: ['AKIA', 'ABIA', 'ACCA', 'A3T'],
  pattern: /(?:AKIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}(?![A-Za-z0-9])/,
  validate: (value) => {
    const body = value.slice(4);
    return /[0-9]/.test(body) || hasDistinctChars(body, 12);
  },
});
