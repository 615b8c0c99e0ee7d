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

describe('serve options for a deployment', () => {
  const aws = { AWS_ACCESS_KEY_ID: 'AKIDTEST', AWS_SECRET_ACCESS_KEY: 'secret' };

  it('takes an S3 bucket to publish bundles to, with its region and endpoint, and credentials from the environment', () => {
    expect(serveOptions(['--publish-s3', 's3://acme-policy/org/', '--s3-region', 'eu-central-1', '--s3-endpoint', 'https://minio.internal:9000'], aws).publishS3).toEqual({
      target: 's3://acme-policy/org/',
      region: 'eu-central-1',
      endpoint: 'https://minio.internal:9000',
      credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' },
    });
    expect(serveOptions([], { ...aws, PROMPTGATE_SERVER_PUBLISH_S3: 's3://acme-policy' }).publishS3?.target).toBe('s3://acme-policy');
    expect(serveOptions([], aws)).not.toHaveProperty('publishS3');
  });

  it('refuses an S3 target, region or endpoint that cannot work, and a target without credentials, naming the flag', () => {
    expect(() => serveOptions(['--publish-s3', 'https://acme-policy'], aws)).toThrow(/--publish-s3: not an S3 target/);
    expect(() => serveOptions(['--publish-s3', 's3://acme-policy'], {})).toThrow(/--publish-s3: .*AWS_ACCESS_KEY_ID/);
    expect(() => serveOptions(['--publish-s3', 's3://acme-policy', '--s3-endpoint', 'minio:9000'], aws)).toThrow(/--s3-endpoint/);
    expect(() => serveOptions(['--publish-s3', 's3://acme-policy', '--s3-region', 'EU Central'], aws)).toThrow(/--s3-region/);
    expect(() => serveOptions(['--s3-region', 'eu-central-1'], aws)).toThrow(/go with --publish-s3/);
  });

  it('is behind a proxy only when told so, by flag or environment', () => {
    expect(serveOptions(['--behind-proxy'], {}).behindProxy).toBe(true);
    expect(serveOptions([], { PROMPTGATE_SERVER_BEHIND_PROXY: 'true' }).behindProxy).toBe(true);
    expect(serveOptions([], {})).not.toHaveProperty('behindProxy');
  });
});
