/** Monitoring, logging, error tracking and product analytics. */
import { b64, b64url } from '../codec';
import { header, same, tok, type SecretFormat } from '../format';
import { B62, B64, B64URL, UPPER_NUM } from '../rng';

export const observability: SecretFormat[] = [
  tok('datadog-api-key', 'DD_API_KEY', (r) => r.hex(32)),
  tok('datadog-app-key', 'DD_APP_KEY', (r) => r.hex(40)),
  tok('newrelic-user-api-key', 'NEW_RELIC_API_KEY', (r) => 'NRAK-' + r.s(UPPER_NUM, 27)),
  tok('newrelic-license-key', 'NEW_RELIC_LICENSE_KEY', (r) => r.hex(36) + 'NRAL'),
  tok('newrelic-browser-key', 'NEW_RELIC_BROWSER_KEY', (r) => 'NRJS-' + r.hex(19)),
  tok('newrelic-insights-insert-key', 'NEW_RELIC_INSERT_KEY', (r) => 'NRII-' + r.s(B64URL, 32)),
  tok('sentry-user-token', 'SENTRY_AUTH_TOKEN', (r) => 'sntryu_' + r.hex(64)),
  // Org tokens carry their own routing info as base64 JSON, then '_' and the secret.
  tok('sentry-org-token', 'SENTRY_AUTH_TOKEN', (r) => {
    const org = r.pick(['acme', 'widgets-inc', 'payments-team']);
    const claims = { iat: 1_700_000_000 + r.int(0, 9e7) + 0.5, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org };
    return 'sntrys_' + b64(JSON.stringify(claims)) + '_' + r.s(B62 + '+/', 43);
  }),
  tok('sentry-legacy-auth-token', 'SENTRY_AUTH_TOKEN', (r) => r.hex(64)),
  tok(
    'grafana-cloud-token',
    'GRAFANA_CLOUD_TOKEN',
    (r) => 'glc_' + b64(JSON.stringify({ o: r.num(6), n: `stack-${r.num(6)}-hm-write`, k: r.s(B62, 24), m: { r: 'prod-us-east-0' } })).replace(/=+$/, ''),
  ),
  tok('grafana-service-account-token', 'GRAFANA_TOKEN', (r) => `glsa_${r.s(B62, 32)}_${r.hex(8)}`),
  tok('grafana-legacy-api-key', 'GRAFANA_API_KEY', (r) => b64url(JSON.stringify({ k: r.s(B62, 32), n: r.pick(['deploy', 'ci', 'admin']), id: r.int(1, 20) }))),
  tok('dynatrace-api-token', 'DT_API_TOKEN', (r) => `dt0c01.${r.s(UPPER_NUM, 24)}.${r.s(UPPER_NUM, 64)}`),
  header('splunk-hec-token', 'Authorization', (r) => {
    const token = r.uuid();
    return { display: 'Splunk ' + token, value: token };
  }),
  tok('honeycomb-api-key', 'HONEYCOMB_API_KEY', (r) => r.s(B62, 22)),
  tok('bugsnag-api-key', 'BUGSNAG_API_KEY', (r) => r.hex(32)),
  tok('rollbar-access-token', 'ROLLBAR_ACCESS_TOKEN', (r) => r.hex(32)),
  header('elastic-api-key', 'Authorization', (r) => {
    const key = b64(`${r.s(B64URL, 20)}:${r.s(B64URL, 22)}`);
    return { display: 'ApiKey ' + key, value: key };
  }),
  tok('axiom-api-token', 'AXIOM_TOKEN', (r) => 'xaat-' + r.uuid()),
  tok('posthog-personal-api-key', 'POSTHOG_PERSONAL_API_KEY', (r) => 'phx_' + r.s(B62, 43)),
  tok('mixpanel-api-secret', 'MIXPANEL_API_SECRET', (r) => r.hex(32)),
  tok('opsgenie-api-key', 'OPSGENIE_API_KEY', (r) => r.uuid()),
  tok('sumologic-access-key', 'SUMO_ACCESS_KEY', (r) => r.s(B64, 64)),
  header('datadog-api-key', 'DD-API-KEY', (r) => same(r.hex(32))),
];
