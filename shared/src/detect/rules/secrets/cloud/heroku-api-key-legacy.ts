import { contextRule } from '../../../define';

/** Heroku API key in the original format: a UUID next to a Heroku API-key keyword (not just `heroku`: app, release and request ids are UUIDs too). */
export const herokuApiKeyLegacy = contextRule({
  id: 'heroku-api-key-legacy',
  title: 'Heroku API key',
  severity: 'critical',
  confidence: 0.8,
  keywords: ['heroku_api_key', 'heroku_api_token', 'heroku_token', 'heroku_auth_token', 'heroku_oauth_token', 'heroku_key', 'heroku auth:token', 'herokuapikey', 'heroku.api.key', 'heroku-api-key', 'herokuapitoken', 'heroku.api.token', 'heroku-api-token', 'herokutoken', 'heroku.token', 'heroku-token', 'herokuauthtoken', 'heroku.auth.token', 'heroku-auth-token', 'herokuoauthtoken', 'heroku.oauth.token', 'heroku-oauth-token', 'herokukey', 'heroku.key', 'heroku-key'],
  pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3,
});
