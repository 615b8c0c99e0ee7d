import { tokenRule } from '../../../define';

/** Bitbucket Cloud repository, project or workspace access token: `ATCTT3xFfGN0` + a long base64url body. */
export const bitbucketAccessToken = tokenRule({
  id: 'bitbucket-access-token',
  title: 'Bitbucket repository/workspace access token',
  severity: 'critical',
  confidence: 0.97,
  prefixes: ['ATCTT3xFfGN0'],
  pattern: /ATCTT3xFfGN0[A-Za-z0-9_=-]{100,400}(?![A-Za-z0-9_=-])/,
});
