import { tokenRule } from '../../../define';

/** Flutterwave secret key: `FLWSECK-` (or `FLWSECK_TEST-`) + 32 lowercase hex characters + `-X`. */
export const flutterwaveSecretKey = tokenRule({
  id: 'flutterwave-secret-key',
  title: 'Flutterwave secret key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['FLWSECK'],
  pattern: /FLWSECK(?:_TEST)?-[a-f0-9]{32}-X(?![A-Za-z0-9])/,
});
