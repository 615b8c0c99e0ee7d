import { tokenRule } from '../../../define';

/** Prefect Cloud API key: `pnu_` + 36 base62 characters. */
export const prefectApiKey = tokenRule({
  id: 'prefect-api-key',
  title: 'Prefect Cloud API key',
  severity: 'critical',
  confidence: 0.98,
  prefixes: ['pnu_'],
  pattern: /pnu_[A-Za-z0-9]{36}(?![A-Za-z0-9])/,
  requires: { lower: true, upper: true, after: 4 },
});
