import { tokenRule } from '../../../define';

/** Grafana (and Grafana Cloud) API key: base64 of `{"k":"…","n":"…","id":…}`, so it starts with `eyJrIjoi`. */
export const grafanaApiKey = tokenRule({
  id: 'grafana-api-key',
  title: 'Grafana API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['eyJrIjoi'],
  pattern: /eyJrIjoi[A-Za-z0-9+/]{40,200}={0,2}(?![A-Za-z0-9+/=_-])/,
});
