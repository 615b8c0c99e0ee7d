import { contextRule } from '../../../define';

/** Spotify client secret: 32 hex characters next to a Spotify keyword. */
export const spotifyClientSecret = contextRule({
  id: 'spotify-client-secret',
  title: 'Spotify client secret',
  severity: 'high',
  confidence: 0.85,
  keywords: ['spotify'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.3,
});
