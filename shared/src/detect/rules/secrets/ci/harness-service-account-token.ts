import { tokenRule } from '../../../define';

/** Harness service account token: `sat.` + 22-character account id + `.` + 24 hex + `.` + 20 base62 characters. */
export const harnessServiceAccountToken = tokenRule({
  id: 'harness-service-account-token',
  title: 'Harness service account token',
  severity: 'critical',
  confidence: 0.98,
  prefixes: ['sat.'],
  pattern: /sat\.[A-Za-z0-9_-]{22}\.[a-f0-9]{24}\.[A-Za-z0-9]{20}(?![A-Za-z0-9])/,
});
