import { contextRule } from '../../../define';

/** Legacy New Relic license key: 40 hex characters next to a New Relic keyword. */
export const newrelicLegacyLicenseKey = contextRule({
  id: 'newrelic-legacy-license-key',
  title: 'New Relic license key (legacy)',
  severity: 'high',
  confidence: 0.85,
  keywords: ['newrelic_license', 'new_relic_license', 'newrelic-license', 'new-relic-license', 'nr_license', 'newrelic_key', 'new_relic_key', 'license_key'],
  pattern: /[a-f0-9]{40}/,
  minLength: 40,
  maxLength: 40,
  minEntropy: 3.3,
});
