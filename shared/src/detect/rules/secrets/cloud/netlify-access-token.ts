import { contextRule } from '../../../define';

/** Netlify personal access token: 43 base64url characters (or `nfp_` + 36-40 base62) next to a Netlify keyword. */
export const netlifyAccessToken = contextRule({
  id: 'netlify-access-token',
  title: 'Netlify access token',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['netlify'],
  pattern: /nfp_[A-Za-z0-9]{36,40}|[A-Za-z0-9_-]{43}/,
  minLength: 40,
  maxLength: 44,
  minEntropy: 4,
  requires: { lower: true, upper: true },
});
