import { tokenRule } from '../../../define';

/**
 * Dynatrace token: `dt0c01.` (or another `dt0<x>NN.` type) + 24 alphanumerics + `.` + 64 alphanumerics. Dynatrace
 * writes them in uppercase; other scanners' patterns (`dt0c01\.(?i)[a-z0-9]{24}\.[a-z0-9]{64}`) take either case, and
 * so does this: the dotted shape after `dt0` is Dynatrace's alone.
 */
export const dynatraceApiToken = tokenRule({
  id: 'dynatrace-api-token',
  title: 'Dynatrace API token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['dt0'],
  pattern: /dt0[a-z]\d{2}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64}(?![A-Za-z0-9])/,
});
