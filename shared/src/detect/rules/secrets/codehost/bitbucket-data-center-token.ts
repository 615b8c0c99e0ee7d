import { tokenRule } from '../../../define';

/** Bitbucket Server / Data Center HTTP access token: `BBDC-` + 44 characters. */
export const bitbucketDataCenterToken = tokenRule({
  id: 'bitbucket-data-center-token',
  title: 'Bitbucket Data Center HTTP access token',
  severity: 'critical',
  confidence: 0.97,
  prefixes: ['BBDC-'],
  pattern: /BBDC-[A-Za-z0-9+/@_-]{44}(?![A-Za-z0-9+/@_-])/,
  requires: { lower: true, upper: true, after: 5 },
});
