import { tokenRule } from '../../../define';

/** Mapbox temporary token: `tk.eyJ…` + `.` + 22 characters. */
export const mapboxTemporaryToken = tokenRule({
  id: 'mapbox-temporary-token',
  title: 'Mapbox temporary token',
  severity: 'medium',
  confidence: 0.99,
  prefixes: ['tk.eyJ'],
  pattern: /tk\.eyJ[A-Za-z0-9_-]{20,300}\.[A-Za-z0-9_-]{20,40}(?![A-Za-z0-9_-])/,
});
