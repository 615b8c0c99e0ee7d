import { contextRule } from '../../../define';

/** Lightstep (ServiceNow Cloud Observability) access token: a long base64 value next to a Lightstep keyword. */
export const lightstepAccessToken = contextRule({
  id: 'lightstep-access-token',
  title: 'Lightstep access token',
  severity: 'high',
  confidence: 0.85,
  keywords: ['lightstep'],
  pattern: /[A-Za-z0-9+/]{32,200}={0,2}/,
  minLength: 32,
  maxLength: 202,
  minEntropy: 4.2,
  requires: { digit: true, lower: true, upper: true },
});
