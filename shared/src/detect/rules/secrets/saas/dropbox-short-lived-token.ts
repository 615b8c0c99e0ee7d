import { tokenRule } from '../../../define';

/** Dropbox short-lived access token: `sl.` followed by a long base64url body. */
export const dropboxShortLivedToken = tokenRule({
  id: 'dropbox-short-lived-token',
  title: 'Dropbox short-lived access token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['sl.'],
  pattern: /sl\.(?:u\.)?[A-Za-z0-9_-]{130,1500}(?![A-Za-z0-9_-])/,
});
