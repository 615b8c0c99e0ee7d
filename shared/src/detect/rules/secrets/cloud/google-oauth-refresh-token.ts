import { tokenRule } from '../../../define';

/** Google OAuth 2.0 refresh token: `1//0` + base64url (about 100 characters in total). */
export const googleOauthRefreshToken = tokenRule({
  id: 'google-oauth-refresh-token',
  title: 'Google OAuth refresh token',
  severity: 'critical',
  confidence: 0.95,
  prefixes: ['1//0'],
  pattern: /1\/\/0[A-Za-z0-9_-]{40,}/,
});
