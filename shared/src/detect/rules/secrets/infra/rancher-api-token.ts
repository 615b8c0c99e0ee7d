import { tokenRule } from '../../../define';

/** Rancher API bearer token: `token-` + 5-character id + `:` + 54 lowercase alphanumerics. */
export const rancherApiToken = tokenRule({
  id: 'rancher-api-token',
  title: 'Rancher API token',
  severity: 'critical',
  confidence: 0.95,
  prefixes: ['token-'],
  pattern: /token-[a-z0-9]{5}:[a-z0-9]{54}(?![A-Za-z0-9])/,
});
