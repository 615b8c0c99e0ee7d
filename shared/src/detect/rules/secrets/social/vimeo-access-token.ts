import { contextRule } from '../../../define';

/** Vimeo access token or client secret: 32 hex characters next to a Vimeo keyword. */
export const vimeoAccessToken = contextRule({
  id: 'vimeo-access-token',
  title: 'Vimeo access token',
  severity: 'high',
  confidence: 0.85,
  keywords: ['vimeo'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.3,
});
