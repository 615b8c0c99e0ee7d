import { tokenRule } from '../../../define';

/** Tailscale auth key: `tskey-auth-` + a key id + `-` + the secret. */
export const tailscaleAuthKey = tokenRule({
  id: 'tailscale-auth-key',
  title: 'Tailscale auth key',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['tskey-auth-'],
  pattern: /tskey-auth-[A-Za-z0-9]{6,20}-[A-Za-z0-9]{16,64}(?![A-Za-z0-9_-])/,
  requires: { lower: true, upper: true },
});
