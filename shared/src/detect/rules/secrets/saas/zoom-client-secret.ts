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
  validate: (value) => {
    const body = value.slice(0);
    return /[0-9]/.test(body) && /[a-z]/.test(body) && /[A-Z]/.test(body);
  },
});
