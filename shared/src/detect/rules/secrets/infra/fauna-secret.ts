import { tokenRule } from '../../../define';

/** Fauna database secret: `fn` + 38 base64url characters, only next to a Fauna keyword since the start is weak. */
export const faunaSecret = tokenRule({
  id: 'fauna-secret',
  title: 'Fauna secret key',
  severity: 'critical',
  confidence: 0.85,
  prefixes: ['fn'],
  pattern: /fn[A-Za-z0-9_-]{38}(?![A-Za-z0-9_-])/,
  keywords: ['fauna'],
  requires: { digit: true, lower: true, upper: true, after: 2 },
});
