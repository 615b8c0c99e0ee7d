import { tokenRule } from '../../../define';

/** Stytch project secret: `secret-live-` or `secret-test-` + base64url characters. */
export const stytchSecret = tokenRule({
  id: 'stytch-secret',
  title: 'Stytch project secret',
  severity: 'critical',
  confidence: 0.97,
  prefixes: ['secret-live-', 'secret-test-'],
  pattern: /secret-(?:live|test)-[A-Za-z0-9_=-]{30,40}(?![A-Za-z0-9_=-])/,
  requires: { lower: true, upper: true, after: 12 },
});
