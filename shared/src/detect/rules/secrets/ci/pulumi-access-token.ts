import { tokenRule } from '../../../define';

/** Pulumi Cloud access token: `pul-` + 40 lowercase hex characters. */
export const pulumiAccessToken = tokenRule({
  id: 'pulumi-access-token',
  title: 'Pulumi access token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['pul-'],
  pattern: /pul-[a-f0-9]{40}(?![A-Za-z0-9_-])/,
});
