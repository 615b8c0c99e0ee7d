import { contextRule } from '../../../define';
import { atNameStart } from '../keyword-at';

/** Okta API (SSWS) token: `00` + 40 base64url characters, only next to an Okta keyword since the start is weak. */
export const oktaApiToken = contextRule({
  id: 'okta-api-token',
  title: 'Okta API token',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['okta', 'ssws'],
  // `okta` starting a name (`OKTA_TOKEN`, `myOktaKey`, `acme.okta.com`), never inside a word (`rookTable`).
  keywordAt: atNameStart,
  pattern: /00[A-Za-z0-9_-]{40}/,
  minLength: 42,
  maxLength: 42,
  requires: { lower: true, upper: true, after: 2 },
});
