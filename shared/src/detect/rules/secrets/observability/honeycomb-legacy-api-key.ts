import { contextRule } from '../../../define';

/** Classic Honeycomb API / write key: 22 base62 or 32 hex characters next to a Honeycomb key keyword (not the bare product name: its traces carry 32-hex ids). */
export const honeycombLegacyApiKey = contextRule({
  id: 'honeycomb-legacy-api-key',
  title: 'Honeycomb API key (classic)',
  severity: 'high',
  confidence: 0.85,
  keywords: ['honeycomb_api_key', 'honeycomb_key', 'honeycomb_writekey', 'honeycomb_write_key', 'honeycomb-team', 'honeycomb_team', 'honeycomb_api', 'writekey'],
  pattern: /[A-Za-z0-9]{22}|[a-f0-9]{32}/,
  minLength: 22,
  maxLength: 32,
  minEntropy: 3.5,
});
