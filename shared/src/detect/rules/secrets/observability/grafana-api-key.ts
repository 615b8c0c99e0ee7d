import { tokenRule } from '../../../define';

/**
 * Grafana (and Grafana Cloud) API key: base64 of `{"k":"…","n":"…","id":…}`, so it starts with `eyJrIjoi`, then
 * 40 to 400 characters (other scanners' patterns take up to 400).
 */
export const grafanaApiKey = tokenRule({
  id: 'grafana-api-key',
  title: 'Grafana API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['eyJrIjoi'],
  pattern: /eyJrIjoi[A-Za-z0-9+/]{40,400}={0,2}(?![A-Za-z0-9+/=_-])/,
});
