import { tokenRule } from '../../../define';

/** Honeycomb ingest / configuration / management key: `hcaik_`, `hcxik_`, `hcamk_`, ... + key id and secret in lowercase alphanumerics. */
export const honeycombApiKey = tokenRule({
  id: 'honeycomb-api-key',
  title: 'Honeycomb API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['hca', 'hcx'],
  pattern: /hc[ax][a-z]k_[a-z0-9]{26,64}(?![A-Za-z0-9])/,
  validate: (value) => /[0-9]/.test(value.slice(6)) && /[A-Za-z]/.test(value.slice(6)),
});
