import { tokenRule } from '../../../define';

/** Google OAuth 2.0 client secret: `GOCSPX-` + 28 base64url characters. */
export const gcpOauthClientSecret = tokenRule({
  id: 'gcp-oauth-client-secret',
  title: 'Google OAuth client secret',
  severity: 'critical',
  confidence: 0.98,
  prefixes: ['GOCSPX-'],
  pattern: /GOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])/,
});
