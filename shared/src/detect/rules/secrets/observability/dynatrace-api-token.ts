import { tokenRule } from '../../../define';

/** Dynatrace token: `dt0c01.` (or another `dt0<x>NN.` type) + 24 uppercase alphanumerics + `.` + 64 uppercase alphanumerics. */
export const dynatraceApiToken = tokenRule({
  id: 'dynatrace-api-token',
  title: 'Dynatrace API token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['dt0'],
  pattern: /dt0[a-z]\d{2}\.[A-Z0-9]{24}\.[A-Z0-9]{64}(?![A-Za-z0-9])/,
});
