import { contextRule } from '../../../define';

/** Datadog application key: 40 hex characters next to a Datadog application-key keyword. */
export const datadogAppKey = contextRule({
  id: 'datadog-app-key',
  title: 'Datadog application key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['dd_app_key', 'dd-app-key', 'dd_application_key', 'dd-application-key', 'ddappkey', 'datadog_app_key', 'datadog-app-key', 'datadog_application_key', 'datadogappkey'],
  pattern: /[a-f0-9]{40}/,
  minLength: 40,
  maxLength: 40,
  minEntropy: 3.3,
});
