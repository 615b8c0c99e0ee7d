import { contextRule } from '../../../define';

/** Hex.pm API key: 32 lowercase hex characters next to a Hex keyword. */
export const hexPmApiKey = contextRule({
  id: 'hex-pm-api-key',
  title: 'Hex.pm API key',
  severity: 'critical',
  confidence: 0.8,
  keywords: ['hex_api_key', 'hexapikey', 'hexpm', 'hex.pm', 'hex.api.key', 'hex-api-key'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.2,
});
