import { tokenRule } from '../../../define';

/** Supabase management API personal access token: `sbp_` + 40 lowercase hex characters. */
export const supabaseAccessToken = tokenRule({
  id: 'supabase-access-token',
  title: 'Supabase personal access token',
  severity: 'critical',
  confidence: 0.98,
  prefixes: ['sbp_'],
  pattern: /sbp_[a-f0-9]{40}(?![A-Za-z0-9_])/,
});
