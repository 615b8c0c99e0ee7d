import { contextRule } from '../../../define';

/** Amplitude API key or secret key: 32 hex characters next to an Amplitude key keyword. */
export const amplitudeApiKey = contextRule({
  id: 'amplitude-api-key',
  title: 'Amplitude API key / secret',
  severity: 'medium',
  confidence: 0.85,
  keywords: ['amplitude_api_key', 'amplitude_secret', 'amplitude_key', 'amplitude-api-key', 'amplitude-secret', 'amplitude_api_secret'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.3,
});
