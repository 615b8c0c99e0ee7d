import { contextRule } from '../../../define';

/** Keycloak confidential client secret: 32 base62 characters next to a Keycloak keyword. */
export const keycloakClientSecret = contextRule({
  id: 'keycloak-client-secret',
  title: 'Keycloak client secret',
  severity: 'high',
  confidence: 0.8,
  keywords: ['keycloak'],
  pattern: /[A-Za-z0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 4,
  requires: { lower: true, upper: true },
});
