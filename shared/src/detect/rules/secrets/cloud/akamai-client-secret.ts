import { contextRule } from '../../../define';

/** Akamai EdgeGrid `client_secret` (44 base64 characters) next to an Akamai / `.edgerc` keyword. */
export const akamaiClientSecret = contextRule({
  id: 'akamai-client-secret',
  title: 'Akamai EdgeGrid client secret',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['akamai', 'client_secret', 'edgerc', 'clientsecret', 'client.secret', 'client-secret'],
  pattern: /[A-Za-z0-9+/]{43}=/,
  minLength: 44,
  maxLength: 44,
  minEntropy: 4.2,
});
