import { tokenRule } from '../../../define';
import { isRandomBody } from '../random-body';

/**
 * ClickHouse Cloud API key secret: `4b1d` + 38 base62 characters. ClickHouse writes the body in mixed case; a
 * body in one case, as other scanners' samples write it, counts when it is random and holds a letter beyond hex
 * (a 42-character hex digest may start with `4b1d`).
 */
export const clickhouseCloudApiSecret = tokenRule({
  id: 'clickhouse-cloud-api-secret',
  title: 'ClickHouse Cloud API key secret',
  severity: 'critical',
  confidence: 0.9,
  prefixes: ['4b1d'],
  pattern: /4b1d[A-Za-z0-9]{38}(?![A-Za-z0-9])/,
  validate: (value) => isRandomBody(value.slice(4)),
});
