import { tokenRule } from '../../../define';

/** LaunchDarkly API access token: `api-` + a UUID, next to a key/token word or LaunchDarkly name. */
export const launchdarklyApiKey = tokenRule({
  id: 'launchdarkly-api-key',
  title: 'LaunchDarkly API access token',
  severity: 'critical',
  confidence: 0.95,
  prefixes: ['api-'],
  pattern: /api-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![A-Za-z0-9-])/,
  keywords: ['launchdarkly', 'ldclient', 'ld_', 'ld-', 'key', 'token', 'authorization'],
});
