import { contextRule } from '../../../define';

/** Datadog API key: 32 hex characters next to a Datadog API-key keyword (`DD_API_KEY`, `datadog_api_key`, ...). The bare word "datadog" is not enough: Datadog logs are full of 32-hex trace ids. */
export const datadogApiKey = contextRule({
  id: 'datadog-api-key',
  title: 'Datadog API key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['dd_api_key', 'dd-api-key', 'ddapikey', 'dd_apikey', 'datadog_api_key', 'datadog-api-key', 'datadogapikey', 'datadog_key', 'datadog.api_key'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.3,
});
