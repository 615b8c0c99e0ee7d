import { contextRule } from '../../../define';

/** Elastic APM server secret token: 16 to 40 base62 characters next to an Elastic APM keyword. */
export const elasticApmSecretToken = contextRule({
  id: 'elastic-apm-secret-token',
  title: 'Elastic APM secret token',
  severity: 'high',
  confidence: 0.85,
  keywords: ['elastic_apm', 'elastic-apm', 'apm_secret_token', 'apm-secret-token'],
  pattern: /[A-Za-z0-9]{16,40}/,
  minLength: 16,
  maxLength: 40,
  minEntropy: 3.6,
  requires: { digit: true, lower: true, upper: true },
});
