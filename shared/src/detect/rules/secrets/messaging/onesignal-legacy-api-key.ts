import { contextRule } from '../../../define';

/** Legacy OneSignal REST API key: 48 base64 characters next to a OneSignal keyword. */
export const onesignalLegacyApiKey = contextRule({
  id: 'onesignal-legacy-api-key',
  title: 'OneSignal REST API key (legacy)',
  severity: 'high',
  confidence: 0.85,
  keywords: ['onesignal'],
  pattern: /[A-Za-z0-9+/]{48}/,
  minLength: 48,
  maxLength: 48,
  minEntropy: 4.3,
  requires: { digit: true, lower: true, upper: true },
});
