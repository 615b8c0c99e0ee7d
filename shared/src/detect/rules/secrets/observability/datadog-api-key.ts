import { contextRule } from '../../../define';

/** Datadog API key: 32 hex characters next to a Datadog keyword. */
export const datadogApiKey = contextRule({
  id: 'datadog-api-key',
  title: 'Datadog API key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['datadog', 'dd_api_key', 'dd-api-key', 'ddapikey', 'dd_apikey'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.3,
});
