import { contextRule } from '../../../define';
import { isAlphanumeric } from '../token-chars';

/** An access key id (`AKIA…` long-term, `ASIA…` temporary): 20 characters, standing alone. */
const ACCESS_KEY_ID = /(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/y;

/**
 * AWS context for a 40-character value: an access key id before it on the line (credential CSVs, "Access key
 * ID: AKIA… Secret: …"), or a key named for AWS or for a secret access key. `aws` counts only as the start of a
 * name (`AWS_SECRET`, `aws.secret`, `myAwsKey`), never inside a word (`laws`, `draws`, `jaws`), and `akia`/`asia`
 * only as the start of a real key id, never `Asia`.
 */
function awsContextAt(text: string, start: number, end: number): boolean {
  const keyword = text.slice(start, end).toLowerCase();
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  if (keyword === 'akia' || keyword === 'asia') {
    if (isAlphanumeric(before)) return false;
    ACCESS_KEY_ID.lastIndex = start;
    return ACCESS_KEY_ID.test(text);
  }
  if (keyword === 'aws') {
    const first = text.charCodeAt(start);
    const camelCase = before >= 97 && before <= 122 && first === 65;
    if (isAlphanumeric(before) && !camelCase) return false;
    const after = end < text.length ? text.charCodeAt(end) : 32;
    // `awsome`, `awstats`: a word that starts with the letters, not the name.
    return !(after >= 97 && after <= 122);
  }
  return true;
}

/** AWS secret access key: 40 base64 characters, recognised only with AWS context nearby. */
export const awsSecretAccessKey = contextRule({
  id: 'aws-secret-access-key',
  title: 'AWS secret access key',
  severity: 'critical',
  confidence: 0.9,
  keywords: ['aws', 'secret_access_key', 'secretaccesskey', 'secret-access-key', 'secret.access.key', 'secret access key', 'akia', 'asia'],
  keywordAt: awsContextAt,
  pattern: /[A-Za-z0-9+/]{40}/,
  minLength: 40,
  maxLength: 40,
  minEntropy: 4.2,
  validate: (value) => /[a-z]/.test(value) && /[A-Z]/.test(value),
});
