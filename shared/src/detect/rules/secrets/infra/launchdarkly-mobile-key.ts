import { tokenRule } from '../../../define';

/** LaunchDarkly mobile key: `mob-` + a UUID. */
export const launchdarklyMobileKey = tokenRule({
  id: 'launchdarkly-mobile-key',
  title: 'LaunchDarkly mobile key',
  severity: 'medium',
  confidence: 0.95,
  prefixes: ['mob-'],
  pattern: /mob-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![A-Za-z0-9-])/,
});
