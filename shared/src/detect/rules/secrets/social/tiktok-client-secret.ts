import { contextRule } from '../../../define';

/** TikTok app client secret: 32 base62 characters next to a TikTok keyword. */
export const tiktokClientSecret = contextRule({
  id: 'tiktok-client-secret',
  title: 'TikTok client secret',
  severity: 'high',
  confidence: 0.85,
  keywords: ['tiktok'],
  pattern: /[A-Za-z0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 4,
  requires: { digit: true, lower: true, upper: true },
});
