import { describe, expect, it } from 'vitest';
import { UsageError } from './io';
import { serveOptions } from './serve-command';

describe('serve options for scale', () => {
  it('takes audit retention and a publish directory from flags or the environment', () => {
    expect(serveOptions(['--audit-retention-days', '90', '--publish-dir', 'site/policy'], {})).toMatchObject({ auditRetentionDays: 90, publishDir: 'site/policy' });
    expect(serveOptions([], { PROMPTGATE_SERVER_AUDIT_RETENTION_DAYS: '30', PROMPTGATE_SERVER_PUBLISH_DIR: 'out' })).toMatchObject({ auditRetentionDays: 30, publishDir: 'out' });
    const defaults = serveOptions([], {});
    expect(defaults).not.toHaveProperty('auditRetentionDays');
    expect(defaults).not.toHaveProperty('publishDir');
  });

  it('refuses a retention that is not a whole number of days, with the flag named', () => {
    for (const bad of ['0', '-3', '1.5', 'ninety', '']) {
      expect(() => serveOptions([`--audit-retention-days=${bad}`], {})).toThrow(UsageError);
      expect(() => serveOptions([`--audit-retention-days=${bad}`], {})).toThrow(/--audit-retention-days/);
    }
  });
});
