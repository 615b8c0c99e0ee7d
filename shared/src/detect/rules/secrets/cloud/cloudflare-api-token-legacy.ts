import { contextRule } from '../../../define';

/** Cloudflare API token in the original format: 40 base64url characters next to a Cloudflare keyword. */
export const cloudflareApiTokenLegacy = contextRule({
  id: 'cloudflare-api-token-legacy',
  title: 'Cloudflare API token',
  severity: 'critical',
  confidence: 0.85,
  keywords: [
    'cloudflare',
    'cf_api_token',
    'cf_token',
    'cf_dns_api_token',
    'cfapitoken',
    'cf.api.token',
    'cf-api-token',
    'cftoken',
    'cf.token',
    'cf-token',
    'cfdnsapitoken',
    'cf.dns.api.token',
    'cf-dns-api-token',
  ],
  pattern: /[A-Za-z0-9_-]{40}/,
  minLength: 40,
  maxLength: 40,
  minEntropy: 4,
  requires: { lower: true, upper: true },
});
