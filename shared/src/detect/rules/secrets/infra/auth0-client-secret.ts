import { contextRule } from '../../../define';

/** Auth0 application client secret: 64 base64url characters next to an Auth0 keyword. */
export const auth0ClientSecret = contextRule({
  id: 'auth0-client-secret',
  title: 'Auth0 client secret',
  severity: 'critical',
  confidence: 0.8,
  keywords: ['auth0'],
  pattern: /[A-Za-z0-9_-]{64}/,
  minLength: 64,
  maxLength: 64,
  minEntropy: 4.5,
  requires: { lower: true, upper: true },
});
