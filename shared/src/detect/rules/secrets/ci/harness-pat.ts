import { tokenRule } from '../../../define';

/** Harness personal access token: `pat.` + 22-character account id + `.` + 24 hex + `.` + 20 base62 characters. */
export const harnessPat = tokenRule({
  id: 'harness-pat',
  title: 'Harness personal access token',
  severity: 'critical',
  confidence: 0.98,
  prefixes: ['pat.'],
  pattern: /pat\.[A-Za-z0-9_-]{22}\.[a-f0-9]{24}\.[A-Za-z0-9]{20}(?![A-Za-z0-9])/,
});
