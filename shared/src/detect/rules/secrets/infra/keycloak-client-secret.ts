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
  validate: (value) => {
    const body = value.slice(0);
    return /[a-z]/.test(body) && /[A-Z]/.test(body);
  },
});
