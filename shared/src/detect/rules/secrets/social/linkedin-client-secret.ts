import { tokenRule } from '../../../define';

/** LinkedIn client secret (current format): `WPL_AP` + version digit + `.` + base64 segments. */
export const linkedinClientSecret = tokenRule({
  id: 'linkedin-client-secret',
  title: 'LinkedIn client secret',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['WPL_AP'],
  pattern: /WPL_AP\d\.[A-Za-z0-9._+/=-]{16,80}(?![A-Za-z0-9._+/=-])/,
  requires: { digit: true, lower: true, upper: true, after: 8 },
});
