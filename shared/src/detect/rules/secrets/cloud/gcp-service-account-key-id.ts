import { contextRule } from '../../../define';

/** The `private_key_id` field of a Google Cloud service-account JSON key (40 hex characters); its presence means the key file itself is being pasted. */
export const gcpServiceAccountKeyId = contextRule({
  id: 'gcp-service-account-key-id',
  title: 'Google Cloud service account key (private_key_id)',
  severity: 'high',
  confidence: 0.85,
  keywords: ['private_key_id', 'privatekeyid', 'private.key.id', 'private-key-id'],
  pattern: /[0-9a-f]{40}/,
  minLength: 40,
  maxLength: 40,
  minEntropy: 3.2,
});
