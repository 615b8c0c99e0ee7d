import { tokenRule } from '../../../define';

/** Tailscale OAuth client secret: `tskey-client-` + a key id + `-` + the secret. */
export const tailscaleOauthClientSecret = tokenRule({
  id: 'tailscale-oauth-client-secret',
  title: 'Tailscale OAuth client secret',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['tskey-client-'],
  pattern: /tskey-client-[A-Za-z0-9]{6,20}-[A-Za-z0-9]{16,64}(?![A-Za-z0-9_-])/,
  requires: { lower: true, upper: true },
});
