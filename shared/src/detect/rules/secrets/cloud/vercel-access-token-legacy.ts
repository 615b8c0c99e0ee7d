import { contextRule } from '../../../define';

/** Vercel access token in the original format: 24 base62 characters next to a Vercel keyword. */
export const vercelAccessTokenLegacy = contextRule({
  id: 'vercel-access-token-legacy',
  title: 'Vercel access token',
  severity: 'critical',
  confidence: 0.8,
  keywords: ['vercel', 'now_token', 'zeit', 'nowtoken', 'now.token', 'now-token'],
  pattern: /[A-Za-z0-9]{24}/,
  minLength: 24,
  maxLength: 24,
  minEntropy: 3.8,
  requires: { lower: true, upper: true },
});
