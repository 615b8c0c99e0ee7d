import { tokenRule } from '../../../define';

/** Bitwarden Secrets Manager machine-account access token: `0.` + UUID + `.` + 30 base62 + `:` + a 24-character base64 encryption key. */
export const bitwardenAccessToken = tokenRule({
  id: 'bitwarden-access-token',
  title: 'Bitwarden Secrets Manager access token',
  severity: 'critical',
  confidence: 0.97,
  prefixes: ['0.'],
  pattern: /0\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[A-Za-z0-9]{30}:[A-Za-z0-9+/]{22}==/,
});
