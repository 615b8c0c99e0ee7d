import { tokenRule } from '../../../define';
import { isRandomBody } from '../random-body';

/**
 * Prefect Cloud API key: `pnu_` + 36 base62 characters. Prefect writes the body in mixed case; a body in one
 * case, as other scanners' samples write it, counts when it is random.
 */
export const prefectApiKey = tokenRule({
  id: 'prefect-api-key',
  title: 'Prefect Cloud API key',
  severity: 'critical',
  confidence: 0.98,
  prefixes: ['pnu_'],
  pattern: /pnu_[A-Za-z0-9]{36}(?![A-Za-z0-9])/,
  validate: (value) => isRandomBody(value.slice(4)),
});
