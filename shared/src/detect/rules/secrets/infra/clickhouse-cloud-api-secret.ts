import { tokenRule } from '../../../define';

/** ClickHouse Cloud API key secret: `4b1d` + 38 base62 characters. */
export const clickhouseCloudApiSecret = tokenRule({
  id: 'clickhouse-cloud-api-secret',
  title: 'ClickHouse Cloud API key secret',
  severity: 'critical',
  confidence: 0.9,
  prefixes: ['4b1d'],
  pattern: /4b1d[A-Za-z0-9]{38}(?![A-Za-z0-9])/,
  requires: { lower: true, upper: true, after: 4 },
});
