import { tokenRule } from '../../../define';

/** Grafana Cloud access policy token: `glc_` + base64 of a JSON document. */
export const grafanaCloudToken = tokenRule({
  id: 'grafana-cloud-token',
  title: 'Grafana Cloud access policy token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['glc_'],
  pattern: /glc_[A-Za-z0-9+/]{32,400}={0,2}(?![A-Za-z0-9+/=_-])/,
});
