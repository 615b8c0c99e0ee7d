import { contextRule } from '../../../define';

/** IBM Cloud IAM API key: 44 base64url characters next to an IBM Cloud keyword. */
export const ibmCloudApiKey = contextRule({
  id: 'ibm-cloud-api-key',
  title: 'IBM Cloud API key',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['ibm', 'bluemix'],
  pattern: /[A-Za-z0-9_-]{44}/,
  minLength: 44,
  maxLength: 44,
  minEntropy: 4.2,
  requires: { lower: true, upper: true },
});
