import { tokenRule } from '../../../define';

/** Okta API (SSWS) token: `00` + 40 base64url characters, only next to an Okta keyword since the start is weak. */
export const oktaApiToken = tokenRule({
  id: 'okta-api-token',
  title: 'Okta API token',
  severity: 'critical',
  confidence: 0.85,
  prefixes: ['00'],
  pattern: /00[A-Za-z0-9_-]{40}(?![A-Za-z0-9_-])/,
  keywords: ['okta', 'ssws'],
  validate: (value) => {
    const body = value.slice(2);
    return /[a-z]/.test(body) && /[A-Z]/.test(body);
  },
});
