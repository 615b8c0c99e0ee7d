import type { Rule } from '../../../rule';
import { datadogApiKey } from './datadog-api-key';
import { datadogAppKey } from './datadog-app-key';
import { newrelicUserApiKey } from './newrelic-user-api-key';
import { newrelicAdminApiKey } from './newrelic-admin-api-key';
import { newrelicInsightsInsertKey } from './newrelic-insights-insert-key';
import { newrelicInsightsQueryKey } from './newrelic-insights-query-key';
import { newrelicBrowserApiKey } from './newrelic-browser-api-key';
import { newrelicLicenseKey } from './newrelic-license-key';
import { newrelicLegacyLicenseKey } from './newrelic-legacy-license-key';
import { sentryOrgToken } from './sentry-org-token';
import { sentryUserToken } from './sentry-user-token';
import { sentryAuthToken } from './sentry-auth-token';
import { sentryDsnSecret } from './sentry-dsn-secret';
import { sentryDsn } from './sentry-dsn';
import { grafanaServiceAccountToken } from './grafana-service-account-token';
import { grafanaCloudToken } from './grafana-cloud-token';
import { grafanaApiKey } from './grafana-api-key';
import { dynatraceApiToken } from './dynatrace-api-token';
import { honeycombApiKey } from './honeycomb-api-key';
import { honeycombLegacyApiKey } from './honeycomb-legacy-api-key';
import { pagerdutyApiKey } from './pagerduty-api-key';
import { pagerdutyIntegrationKey } from './pagerduty-integration-key';
import { splunkHecToken } from './splunk-hec-token';
import { sumologicAccessId } from './sumologic-access-id';
import { sumologicAccessKey } from './sumologic-access-key';
import { sumologicHttpSourceUrl } from './sumologic-http-source-url';
import { rollbarAccessToken } from './rollbar-access-token';
import { bugsnagApiKey } from './bugsnag-api-key';
import { logzioToken } from './logzio-token';
import { lightstepAccessToken } from './lightstep-access-token';
import { elasticApmSecretToken } from './elastic-apm-secret-token';
import { opsgenieApiKey } from './opsgenie-api-key';
import { segmentPublicApiToken } from './segment-public-api-token';
import { mixpanelApiSecret } from './mixpanel-api-secret';
import { amplitudeApiKey } from './amplitude-api-key';
import { posthogPersonalApiKey } from './posthog-personal-api-key';
import { axiomToken } from './axiom-token';
import { logtailSourceToken } from './logtail-source-token';
import { uptimerobotApiKey } from './uptimerobot-api-key';
import { rootlyApiToken } from './rootly-api-token';

export const rules: readonly Rule[] = [
  datadogApiKey,
  datadogAppKey,
  newrelicUserApiKey,
  newrelicAdminApiKey,
  newrelicInsightsInsertKey,
  newrelicInsightsQueryKey,
  newrelicBrowserApiKey,
  newrelicLicenseKey,
  newrelicLegacyLicenseKey,
  sentryOrgToken,
  sentryUserToken,
  sentryAuthToken,
  sentryDsnSecret,
  sentryDsn,
  grafanaServiceAccountToken,
  grafanaCloudToken,
  grafanaApiKey,
  dynatraceApiToken,
  honeycombApiKey,
  honeycombLegacyApiKey,
  pagerdutyApiKey,
  pagerdutyIntegrationKey,
  splunkHecToken,
  sumologicAccessKey,
  sumologicAccessId,
  sumologicHttpSourceUrl,
  rollbarAccessToken,
  bugsnagApiKey,
  logzioToken,
  lightstepAccessToken,
  elasticApmSecretToken,
  opsgenieApiKey,
  segmentPublicApiToken,
  mixpanelApiSecret,
  amplitudeApiKey,
  posthogPersonalApiKey,
  axiomToken,
  logtailSourceToken,
  uptimerobotApiKey,
  rootlyApiToken,
];
