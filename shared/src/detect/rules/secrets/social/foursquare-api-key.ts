import { tokenRule } from '../../../define';

/** Foursquare Places API key: `fsq3` followed by about 44 base64 characters. */
export const foursquareApiKey = tokenRule({
  id: 'foursquare-api-key',
  title: 'Foursquare API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['fsq3'],
  pattern: /fsq3[A-Za-z0-9+/]{40,50}={0,2}(?![A-Za-z0-9+/=_-])/,
  requires: { digit: true, lower: true, upper: true, after: 4 },
});
