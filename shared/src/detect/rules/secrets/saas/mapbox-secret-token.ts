import { tokenRule } from '../../../define';

/** Mapbox secret access token: `sk.eyJ…` (base64url JSON) + `.` + 22 characters. Public `pk.` tokens are not secrets. */
export const mapboxSecretToken = tokenRule({
  id: 'mapbox-secret-token',
  title: 'Mapbox secret token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['sk.eyJ'],
  pattern: /sk\.eyJ[A-Za-z0-9_-]{20,300}\.[A-Za-z0-9_-]{20,40}(?![A-Za-z0-9_-])/,
});
