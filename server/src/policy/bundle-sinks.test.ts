import { describe, expect, it } from 'vitest';
import type { SignedBundle } from './bundle';
import { BundleSinks, type BundleSink } from './bundle-sinks';

const bundle = (version: number): SignedBundle => ({ version, kid: 'k', jws: `jws-${version}`, etag: `"${version}"` });

describe('BundleSinks', () => {
  it('publishes queued bundles in order even when an earlier upload is slower', async () => {
    const written: number[] = [];
    let release!: () => void;
    const slowFirst = new Promise<void>((resolve) => (release = resolve));
    const sink: BundleSink = {
      where: 's3://bucket',
      publish: async (b) => {
        if (b.version === 1) await slowFirst;
        written.push(b.version);
      },
    };
    const sinks = new BundleSinks([sink], () => undefined);
    sinks.queue(bundle(1));
    sinks.queue(bundle(2));
    release();
    await sinks.drain();
    expect(written).toEqual([1, 2]);
  });

  it('reports a failed sink with where it was going, and goes on with the other sinks and the next bundle', async () => {
    const errors: string[] = [];
    const written: string[] = [];
    const failing: BundleSink = {
      where: '/srv/policy',
      publish: (b) => {
        if (b.version === 1) throw new Error('disk full');
        written.push(`dir ${b.version}`);
      },
    };
    const other: BundleSink = { where: 's3://bucket', publish: (b) => void written.push(`s3 ${b.version}`) };
    const sinks = new BundleSinks([failing, other], (error, where) => errors.push(`${where}: ${(error as Error).message}`));
    sinks.queue(bundle(1));
    sinks.queue(bundle(2));
    await sinks.drain();
    expect(errors).toEqual(['publishing policy bundle version 1 to /srv/policy: disk full']);
    expect(written).toEqual(['s3 1', 'dir 2', 's3 2']);
  });

  it('throws at start when a sink cannot take the current bundle', async () => {
    const sinks = new BundleSinks([{ where: '/srv/policy', publish: () => Promise.reject(new Error('read-only file system')) }], () => undefined);
    await expect(sinks.publishNow(bundle(1))).rejects.toThrow('read-only file system');
  });
});
