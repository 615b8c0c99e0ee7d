import { describe, expect, it } from 'vitest';
import { WriteCoalescer } from './write-coalescer';

/** A flush the test finishes by hand: each call is recorded with the items it was given. */
function manualFlush() {
  const calls: Array<{ items: readonly string[]; finish: (error?: Error) => void }> = [];
  const flush = (items: readonly string[]) =>
    new Promise<readonly string[]>((resolve, reject) => {
      calls.push({ items, finish: (error) => (error ? reject(error) : resolve(items.map((item) => `stored ${item}`))) });
    });
  return { calls, flush };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('WriteCoalescer', () => {
  it('sends a write at once when nothing is in flight, and the writes that queued meanwhile together, each answered its own result', async () => {
    const { calls, flush } = manualFlush();
    const writer = new WriteCoalescer(flush, { maxInFlight: 1, maxSize: 10, sizeOf: () => 1 });
    const first = writer.write('a');
    expect(calls.map((c) => c.items)).toEqual([['a']]);
    const later = [writer.write('b'), writer.write('c'), writer.write('d')];
    expect(calls).toHaveLength(1);
    calls[0]!.finish();
    expect(await first).toBe('stored a');
    await settled();
    expect(calls.map((c) => c.items)).toEqual([['a'], ['b', 'c', 'd']]);
    calls[1]!.finish();
    expect(await Promise.all(later)).toEqual(['stored b', 'stored c', 'stored d']);
  });

  it('keeps at most maxInFlight calls under way and merges no more than maxSize into one (a bigger write still goes, alone)', async () => {
    const { calls, flush } = manualFlush();
    const writer = new WriteCoalescer(flush, { maxInFlight: 2, maxSize: 5, sizeOf: (item: string) => item.length });
    const writes = ['a', 'b', 'cc', 'ddd', 'eeeeeeee', 'f'].map((item) => writer.write(item));
    expect(calls.map((c) => c.items)).toEqual([['a'], ['b']]);
    calls[0]!.finish();
    await settled();
    expect(calls.map((c) => c.items)).toEqual([['a'], ['b'], ['cc', 'ddd']]);
    calls[1]!.finish();
    await settled();
    expect(calls[3]!.items).toEqual(['eeeeeeee']);
    calls[2]!.finish();
    await settled();
    expect(calls[4]!.items).toEqual(['f']);
    calls[3]!.finish();
    calls[4]!.finish();
    expect(await Promise.all(writes)).toEqual(['stored a', 'stored b', 'stored cc', 'stored ddd', 'stored eeeeeeee', 'stored f']);
  });

  it('tries a merged call that failed again write by write, so only the write that fails alone is refused', async () => {
    const calls: Array<readonly string[]> = [];
    let release: () => void = () => undefined;
    const busy = new Promise<void>((resolve) => (release = resolve));
    const writer = new WriteCoalescer(
      async (items: readonly string[]) => {
        calls.push(items);
        if (calls.length === 1) await busy;
        if (items.includes('bad')) throw new Error('refused');
        return items.map((item) => `stored ${item}`);
      },
      { maxInFlight: 1, maxSize: 10, sizeOf: () => 1 },
    );
    const first = writer.write('first');
    const merged = [writer.write('good'), writer.write('bad'), writer.write('also good')].map((write) => write.then(String, (error: Error) => `failed: ${error.message}`));
    release();
    expect(await first).toBe('stored first');
    expect(await Promise.all(merged)).toEqual(['stored good', 'failed: refused', 'stored also good']);
    expect(calls).toEqual([['first'], ['good', 'bad', 'also good'], ['good'], ['bad'], ['also good']]);
  });
});
