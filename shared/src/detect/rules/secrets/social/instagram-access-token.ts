import { tokenRule } from '../../../define';

/** Instagram access token: `IGQV` (Basic Display) or `IGAA` (Instagram Login) followed by a long base64url body. */
export const instagramAccessToken = tokenRule({
  id: 'instagram-access-token',
  title: 'Instagram access token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['IGQV', 'IGAA'],
  pattern: /IG(?:QV|AA)[A-Za-z0-9_-]{100,400}(?![A-Za-z0-9_-])/,
});
