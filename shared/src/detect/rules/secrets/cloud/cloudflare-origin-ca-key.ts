import { tokenRule } from '../../../define';

/** Cloudflare Origin CA key: `v1.0-` + 24 hex + `-` + 146 hex characters. */
export const cloudflareOriginCaKey = tokenRule({
  id: 'cloudflare-origin-ca-key',
  title: 'Cloudflare Origin CA key',
  severity: 'high',
  confidence: 0.98,
  prefixes: ['v1.0-'],
  pattern: /v1\.0-[a-f0-9]{24}-[a-f0-9]{146}(?![A-Za-z0-9])/,
});
