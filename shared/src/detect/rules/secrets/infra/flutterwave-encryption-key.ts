import { tokenRule } from '../../../define';

/**
 * Flutterwave encryption key (for its payload encryption): `FLWSECK_TEST` (or `FLWSECK`), an optional `-`, then 12
 * hex characters, in either case (other scanners' patterns, `FLWSECK_TEST-(?i)[a-h0-9]{12}`, take `g`/`h` as well).
 * Exactly 12: a secret key's 32 after the same start is `flutterwave-secret-key`.
 */
export const flutterwaveEncryptionKey = tokenRule({
  id: 'flutterwave-encryption-key',
  title: 'Flutterwave encryption key',
  severity: 'high',
  confidence: 0.95,
  prefixes: ['FLWSECK'],
  pattern: /FLWSECK(?:_TEST)?-?[a-hA-H0-9]{12}(?![A-Za-z0-9])/,
  requires: { digit: true, after: 7 },
});
