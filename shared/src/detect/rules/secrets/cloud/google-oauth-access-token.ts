import { tokenRule } from '../../../define';

/** Google OAuth 2.0 access token: `ya29.` + base64url, sometimes in dot-separated segments (`ya29.c.`). */
export const googleOauthAccessToken = tokenRule({
  id: 'google-oauth-access-token',
  title: 'Google OAuth access token',
  severity: 'high',
  confidence: 0.95,
  prefixes: ['ya29.'],
  pattern: /ya29\.[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*/,
  validate: (value) => value.length >= 40,
});
