import { tokenRule } from '../../../define';

/** LaunchDarkly server-side SDK key: `sdk-` + a UUID, next to a key/token word or LaunchDarkly name. */
export const launchdarklySdkKey = tokenRule({
  id: 'launchdarkly-sdk-key',
  title: 'LaunchDarkly server-side SDK key',
  severity: 'high',
  confidence: 0.95,
  prefixes: ['sdk-'],
  pattern: /sdk-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![A-Za-z0-9-])/,
  keywords: ['launchdarkly', 'ldclient', 'ld_', 'ld-', 'key', 'token', 'authorization'],
});
