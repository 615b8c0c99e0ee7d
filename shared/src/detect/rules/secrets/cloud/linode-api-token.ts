import { contextRule } from '../../../define';

/** Linode / Akamai Cloud personal access token: 64 lowercase hex characters next to a Linode keyword. */
export const linodeApiToken = contextRule({
  id: 'linode-api-token',
  title: 'Linode (Akamai) API token',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['linode'],
  pattern: /[a-f0-9]{64}/,
  minLength: 64,
  maxLength: 64,
  minEntropy: 3.5,
});
