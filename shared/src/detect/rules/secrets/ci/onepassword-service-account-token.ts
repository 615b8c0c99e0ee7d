import { tokenRule } from '../../../define';

/** 1Password service account token: `ops_` + base64 of a JSON document (so `ops_eyJ`), a few hundred characters. */
export const onepasswordServiceAccountToken = tokenRule({
  id: 'onepassword-service-account-token',
  title: '1Password service account token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['ops_eyJ'],
  pattern: /ops_eyJ[A-Za-z0-9+/_-]{200,}={0,2}/,
});
