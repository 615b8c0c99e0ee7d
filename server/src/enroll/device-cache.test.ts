import { describe, expect, it } from 'vitest';
import { DeviceCache } from './device-cache';

const device = (id: string) => ({ id, name: `${id}-laptop`, user: `${id}@example.com`, groups: [] });

describe('the device cache (frozen clock)', () => {
  it('keeps at most maxEntries, dropping the oldest first', () => {
    const cache = new DeviceCache(() => 0, { maxEntries: 2 });
    for (const id of ['a', 'b', 'c']) cache.set(`hash-${id}`, device(id), cache.generation());
    expect(cache.get('hash-a')).toBeUndefined();
    expect(cache.get('hash-b')?.id).toBe('b');
    expect(cache.get('hash-c')?.id).toBe('c');
  });

  it('does not keep an answer read before a device was dropped (it may predate the revocation)', () => {
    const cache = new DeviceCache(() => 0);
    const before = cache.generation();
    cache.drop('a');
    cache.set('hash-a', device('a'), before);
    expect(cache.get('hash-a')).toBeUndefined();
    cache.set('hash-a', device('a'), cache.generation());
    expect(cache.get('hash-a')?.id).toBe('a');
  });

  it('drops only the device named, and everything on clear', () => {
    const cache = new DeviceCache(() => 0);
    for (const id of ['a', 'b']) cache.set(`hash-${id}`, device(id), cache.generation());
    cache.drop('a');
    expect(cache.get('hash-a')).toBeUndefined();
    expect(cache.get('hash-b')?.id).toBe('b');
    cache.clear();
    expect(cache.get('hash-b')).toBeUndefined();
  });
});
