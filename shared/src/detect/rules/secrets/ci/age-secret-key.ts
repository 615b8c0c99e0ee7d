import { tokenRule } from '../../../define';

/** age encryption secret key: `AGE-SECRET-KEY-1` + 58 uppercase bech32 characters. */
export const ageSecretKey = tokenRule({
  id: 'age-secret-key',
  title: 'age secret key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['AGE-SECRET-KEY-1'],
  pattern: /AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}(?![A-Za-z0-9])/,
});
