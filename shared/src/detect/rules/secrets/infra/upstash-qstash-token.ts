import { tokenRule } from '../../../define';
import { decodeBase64Object } from '../base64-text';

/** Upstash QStash token: base64 of `{"UserID":...,"Password":...}`, so it starts with `eyJVc2VySUQiOi`. */
export const upstashQstashToken = tokenRule({
  id: 'upstash-qstash-token',
  title: 'Upstash QStash token',
  severity: 'critical',
  confidence: 0.95,
  prefixes: ['eyJVc2VySUQiOi'],
  pattern: /eyJVc2VySUQiOi[A-Za-z0-9+/_-]{20,}={0,2}/,
  validate: (value) => {
    const json = decodeBase64Object(value, 'url');
    return typeof json?.['Password'] === 'string';
  },
});
