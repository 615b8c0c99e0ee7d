import { tokenRule } from '../../../define';

/** Bitbucket Cloud app password: `ATBB` + 32 characters (the tail is a checksum). */
export const bitbucketAppPassword = tokenRule({
  id: 'bitbucket-app-password',
  title: 'Bitbucket app password',
  severity: 'critical',
  confidence: 0.97,
  prefixes: ['ATBB'],
  pattern: /ATBB[A-Za-z0-9_=.-]{32}(?![A-Za-z0-9_=-])/,
  requires: { digit: true, lower: true, upper: true, after: 4 },
});
