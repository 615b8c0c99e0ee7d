import { tokenRule } from '../../../define';

/**
 * Flutterwave secret key: `FLWSECK-` (or `FLWSECK_TEST-`) + 32 hex characters + `-X`. Flutterwave writes the hex in
 * lowercase; other scanners' patterns (`FLWSECK_TEST-(?i)[a-h0-9]{32}-X`) take either case and `g`/`h` as well, and
 * so does this: the prefix and the `-X` end are Flutterwave's alone.
 */
export const flutterwaveSecretKey = tokenRule({
  id: 'flutterwave-secret-key',
  title: 'Flutterwave secret key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['FLWSECK'],
  pattern: /FLWSECK(?:_TEST)?-[a-hA-H0-9]{32}-X(?![A-Za-z0-9])/,
});
