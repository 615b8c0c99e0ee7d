import { tokenRule } from '../../../define';

/**
 * Harness personal access token: `pat.` + 22-character account id + `.` + 24-character token id + `.` + 20 base62
 * characters. Harness writes the token id in hex; other scanners' patterns take any 24 base62 characters there,
 * and so does this: the rest of the shape is Harness's alone.
 */
export const harnessPat = tokenRule({
  id: 'harness-pat',
  title: 'Harness personal access token',
  severity: 'critical',
  confidence: 0.98,
  prefixes: ['pat.'],
  pattern: /pat\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}(?![A-Za-z0-9])/,
});
