import { tokenRule } from '../../../define';

/** Tailscale API access token: `tskey-api-` + a key id + `-` + the secret. */
export const tailscaleApiKey = tokenRule({
  id: 'tailscale-api-key',
  title: 'Tailscale API access token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['tskey-api-'],
  pattern: /tskey-api-[A-Za-z0-9]{6,20}-[A-Za-z0-9]{16,64}(?![A-Za-z0-9_-])/,
  requires: { lower: true, upper: true },
});
