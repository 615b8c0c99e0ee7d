import { contextRule } from '../../../define';

/** Zoom OAuth / Server-to-Server client secret: 32 base62 characters next to a Zoom keyword. */
export const zoomClientSecret = contextRule({
  id: 'zoom-client-secret',
  title: 'Zoom client secret',
  severity: 'high',
  confidence: 0.85,
  keywords: ['zoom'],
  pattern: /[A-Za-z0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 4,
  requires: { digit: true, lower: true, upper: true },
});
