import { contextRule } from '../../../define';

/** npm auth token in the pre-2021 format: a UUID after `_authToken` or next to an npm token keyword. */
export const npmLegacyAuthToken = contextRule({
  id: 'npm-legacy-auth-token',
  title: 'npm auth token (legacy format)',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['_authtoken', 'npm_token', 'npm_auth_token', 'npmauthtoken', 'npmtoken', 'npm.token', 'npm-token', 'npm.auth.token', 'npm-auth-token'],
  pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3,
});
