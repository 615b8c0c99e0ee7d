import { tokenRule } from '../../../define';
import { decodeBase64Object } from '../base64-text';

/** Cloudflare Tunnel (cloudflared) token: base64 of `{"a":account,"t":tunnel,"s":secret}`, so it starts with `eyJhIjoi`. */
export const cloudflareTunnelToken = tokenRule({
  id: 'cloudflare-tunnel-token',
  title: 'Cloudflare Tunnel token',
  severity: 'critical',
  confidence: 0.95,
  prefixes: ['eyJhIjoi'],
  pattern: /eyJhIjoi[A-Za-z0-9+/_-]{60,}={0,2}/,
  validate: (value) => {
    const json = decodeBase64Object(value, 'url');
    return typeof json?.['s'] === 'string' && typeof json['t'] === 'string';
  },
});
