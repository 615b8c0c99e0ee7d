import { contextRule } from '../../../define';

/** Snap Kit / Snapchat Marketing client secret: 40 to 50 base64url characters next to a Snapchat keyword. */
export const snapchatClientSecret = contextRule({
  id: 'snapchat-client-secret',
  title: 'Snapchat client secret',
  severity: 'high',
  confidence: 0.85,
  keywords: ['snapchat', 'snap_client', 'snapkit'],
  pattern: /[A-Za-z0-9_-]{40,50}/,
  minLength: 40,
  maxLength: 50,
  minEntropy: 4.2,
  requires: { digit: true, lower: true, upper: true },
});
