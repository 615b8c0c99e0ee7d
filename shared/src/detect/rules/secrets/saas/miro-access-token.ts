import { tokenRule } from '../../../define';

/** Miro access token: base64url of `{"miro.origin":"<region>"}`, `_`, then a 27-char secret. */
export const miroAccessToken = tokenRule({
  id: 'miro-access-token',
  title: 'Miro access token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['eyJtaXJvLm9yaWdpbiI6'],
  pattern: /eyJtaXJvLm9yaWdpbiI6[A-Za-z0-9_-]{6,40}_[A-Za-z0-9_-]{20,40}(?![A-Za-z0-9_-])/,
});
