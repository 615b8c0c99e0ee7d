import { tokenRule } from '../../../define';

/** LaunchDarkly mobile key: `mob-` + a UUID, next to a key/token word or LaunchDarkly name. */
export const launchdarklyMobileKey = tokenRule({
  id: 'launchdarkly-mobile-key',
  title: 'LaunchDarkly mobile key',
  severity: 'medium',
  confidence: 0.95,
  prefixes: ['mob-'],
  pattern: /mob-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![A-Za-z0-9-])/,
  keywords: ['launchdarkly', 'ldclient', 'ld_', 'ld-', 'key', 'token', 'authorization'],
});
