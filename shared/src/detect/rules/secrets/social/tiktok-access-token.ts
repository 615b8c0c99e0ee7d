import { tokenRule } from '../../../define';

/** TikTok OAuth access (`act.`) or refresh (`rft.`) token: base62 body + `!` + digits (+ region suffix). The `!` ends the scanner token; the pattern spans it. */
export const tiktokAccessToken = tokenRule({
  id: 'tiktok-access-token',
  title: 'TikTok access / refresh token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['act.', 'rft.'],
  pattern: /(?:act|rft)\.[A-Za-z0-9]{40,90}![0-9]{3,5}(?:\.[a-z0-9]{2})?(?![A-Za-z0-9])/,
});
