import { tokenRule } from '../../../define';

/** Grafana service account token: `glsa_` + 32 base62 + `_` + 8 hex checksum. */
export const grafanaServiceAccountToken = tokenRule({
  id: 'grafana-service-account-token',
  title: 'Grafana service account token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['glsa_'],
  pattern: /glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}(?![A-Za-z0-9])/,
});
