import { contextRule } from '../../../define';

/** AWS secret access key: 40 base64 characters, recognised next to an AWS keyword. */
export const awsSecretAccessKey = contextRule({
  id: 'aws-secret-access-key',
  title: 'AWS secret access key',
  severity: 'critical',
  confidence: 0.9,
  keywords: ['aws', 'secret_access_key', 'secretaccesskey', 'secret-access-key', 'secret.access.key'],
  pattern: /[A-Za-z0-9+/]{40}/,
  minLength: 40,
  maxLength: 40,
  minEntropy: 4.2,
  validate: (value) => {
    const body = value.slice(0);
    return /[a-z]/.test(body) && /[A-Z]/.test(body);
  },
});
