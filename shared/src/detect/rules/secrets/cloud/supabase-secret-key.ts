import { tokenRule } from '../../../define';

/** Supabase project secret API key (replacement of the service_role JWT): `sb_secret_` + base64url. */
export const supabaseSecretKey = tokenRule({
  id: 'supabase-secret-key',
  title: 'Supabase secret API key',
  severity: 'critical',
  confidence: 0.98,
  prefixes: ['sb_secret_'],
  pattern: /sb_secret_[A-Za-z0-9_-]{20,64}(?![A-Za-z0-9_-])/,
  requires: { lower: true, upper: true, after: 10 },
});
