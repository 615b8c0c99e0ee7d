import { tokenRule } from '../../../define';

/** Intercom access token: base64 of `tok:<uuid>:1:0`, so it always starts with `dG9rOj`. */
export const intercomAccessToken = tokenRule({
  id: 'intercom-access-token',
  title: 'Intercom access token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['dG9rO'],
  pattern: /dG9rO[A-Za-z0-9+/_-]{50,70}={0,2}(?![A-Za-z0-9+/=_-])/,
});
