import { tokenRule } from '../../../define';

/** Upstash QStash token: base64 of `{"UserID":...,"Password":...}`, so it starts with `eyJVc2VySUQiOi`. */
export const upstashQstashToken = tokenRule({
  id: 'upstash-qstash-token',
  title: 'Upstash QStash token',
  severity: 'critical',
  confidence: 0.95,
  prefixes: ['eyJVc2VySUQiOi'],
  pattern: /eyJVc2VySUQiOi[A-Za-z0-9+/_-]{20,}={0,2}/,
  validate: (value) => {
    try {
      return typeof JSON.parse(atob(value.replace(/-/g, '+').replace(/_/g, '/'))).Password === 'string';
    } catch {
      return false;
    }
  },
});
