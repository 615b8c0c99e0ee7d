import { contextRule } from '../../../define';

/** Cloudflare global API key in the original format: 37 lowercase hex characters next to a Cloudflare keyword (`X-Auth-Key`). */
export const cloudflareGlobalApiKeyLegacy = contextRule({
  id: 'cloudflare-global-api-key-legacy',
  title: 'Cloudflare global API key',
  severity: 'critical',
  confidence: 0.85,
  keywords: [
    'cloudflare',
    'cf_api_key',
    'cf_key',
    'x-auth-key',
    'cf_auth_key',
    'cfapikey',
    'cf.api.key',
    'cf-api-key',
    'cfkey',
    'cf.key',
    'cf-key',
    'cfauthkey',
    'cf.auth.key',
    'cf-auth-key',
  ],
  pattern: /[a-f0-9]{37}/,
  minLength: 37,
  maxLength: 37,
  minEntropy: 3.3,
});
