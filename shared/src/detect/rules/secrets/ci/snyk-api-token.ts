import { contextRule } from '../../../define';

/** Snyk API / service-account token: a UUID next to a Snyk keyword. */
export const snykApiToken = contextRule({
  id: 'snyk-api-token',
  title: 'Snyk API token',
  severity: 'high',
  confidence: 0.8,
  keywords: ['snyk_token', 'snyk_api_token', 'snyk_api_key', 'snyk_auth', 'snyk auth', 'snyk config set api', 'snyk_oauth', 'snyktoken', 'snyk.token', 'snyk-token', 'snykapitoken', 'snyk.api.token', 'snyk-api-token', 'snykapikey', 'snyk.api.key', 'snyk-api-key', 'snykauth', 'snyk.auth', 'snyk-auth', 'snykoauth', 'snyk.oauth', 'snyk-oauth'],
  pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3,
});
