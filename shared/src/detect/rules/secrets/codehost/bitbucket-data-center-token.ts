import { tokenRule } from '../../../define';

/** Bitbucket Server / Data Center HTTP access token: `BBDC-` + 44 characters. */
export const bitbucketDataCenterToken = tokenRule({
  id: 'bitbucket-data-center-token',
  title: 'Bitbucket Data Center HTTP access token',
  severity: 'critical',
  confidence: 0.97,
  prefixes: ['BBDC-'],
  pattern: /BBDC-[A-Za-z0-9+/@_-]{44}(?![A-Za-z0-9+/@_-])/,
  validate: (value) => {
    const body = value.slice(5);
    return /[a-z]/.test(body) && /[A-Z]/.test(body);
  },
});
