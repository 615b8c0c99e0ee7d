import { tokenRule } from '../../../define';

/** Neon (serverless Postgres) API key: `napi_` + 64 lowercase alphanumerics. */
export const neonApiKey = tokenRule({
  id: 'neon-api-key',
  title: 'Neon API key',
  severity: 'critical',
  confidence: 0.98,
  prefixes: ['napi_'],
  pattern: /napi_[a-z0-9]{64}(?![A-Za-z0-9])/,
});
