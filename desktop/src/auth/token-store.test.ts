import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidTokenNameError, TokenNameTakenError } from './errors';
import { frozenClock, useAuthDirs } from './test-helpers';
import { TokenStore } from './token-store';

describe('TokenStore', () => {
  const { dir, closeLater } = useAuthDirs();
  const open = (d: string, now?: () => number) => {
    const store = TokenStore.open(d, now ? { now } : {});
    closeLater(store);
    return store;
  };

  it('creates prefixed tokens that verify to their kind and name', () => {
    const store = open(dir());
    const ext = store.create('extension', 'Chrome on laptop');
    const sdk = store.create('sdk', 'build-bot');
    expect(ext).toMatch(/^pg_ext_[0-9A-Za-z]{32}$/);
    expect(sdk).toMatch(/^pg_sdk_[0-9A-Za-z]{32}$/);
    expect(store.verify(ext)).toEqual({ kind: 'extension', name: 'Chrome on laptop' });
    expect(store.verify(sdk)).toEqual({ kind: 'sdk', name: 'build-bot' });
  });

  it('rejects unknown, malformed and kind-swapped tokens', () => {
    const store = open(dir());
    const sdk = store.create('sdk', 'bot');
    const flipped = `${sdk.slice(0, -1)}${sdk.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [flipped, '', 'pg_sdk_short', `${sdk} `, sdk.replace('pg_sdk_', 'pg_ext_')]) expect(store.verify(bad)).toBeNull();
  });

  it('stores only hashes', () => {
    const d = dir();
    const store = open(d);
    const token = store.create('sdk', 'bot');
    const body = token.slice('pg_sdk_'.length);
    const onDisk = readdirSync(d).filter((f) => readFileSync(join(d, f)).includes(Buffer.from(body)));
    expect(onDisk).toEqual([]);
  });

  it('keeps names unique per kind and checks them', () => {
    const store = open(dir());
    store.create('sdk', 'bot');
    expect(() => store.create('sdk', ' bot ')).toThrow(TokenNameTakenError);
    expect(() => store.create('sdk', 'bot')).toThrow(expect.objectContaining({ code: 'name_taken' }));
    expect(store.create('extension', 'bot')).toMatch(/^pg_ext_/);
    expect(() => store.create('sdk', '')).toThrow(InvalidTokenNameError);
    expect(() => store.create('sdk', 'a\nb')).toThrow(InvalidTokenNameError);
    expect(() => store.create('sdk', 'x'.repeat(65))).toThrow(InvalidTokenNameError);
  });

  it('lists tokens with creation and last-use times, never the token', () => {
    const clock = frozenClock();
    const store = open(dir(), clock.now);
    const token = store.create('sdk', 'bot');
    const created = clock.now();
    clock.advance(5_000);
    store.verify(token);
    expect(store.list()).toEqual([{ kind: 'sdk', name: 'bot', createdAt: created, lastUsedAt: created + 5_000 }]);
    // Within a minute the stored time is not rewritten on every request.
    clock.advance(30_000);
    store.verify(token);
    expect(store.list()[0]?.lastUsedAt).toBe(created + 5_000);
    clock.advance(60_000);
    store.verify(token);
    expect(store.list()[0]?.lastUsedAt).toBe(created + 95_000);
  });

  it('revokes by name, one kind or both', () => {
    const store = open(dir());
    const sdk = store.create('sdk', 'shared-name');
    const ext = store.create('extension', 'shared-name');
    expect(store.revoke('shared-name', 'sdk')).toEqual(['sdk']);
    expect(store.verify(sdk)).toBeNull();
    expect(store.verify(ext)).not.toBeNull();
    store.create('sdk', 'shared-name');
    expect(store.revoke('shared-name')).toEqual(['extension', 'sdk']);
    expect(store.revoke('shared-name')).toEqual([]);
    expect(store.list()).toEqual([]);
  });

  it('sees tokens created and revoked by another process at once', () => {
    const d = dir();
    const gateway = open(d);
    const cli = open(d);
    const token = cli.create('sdk', 'script');
    expect(gateway.verify(token)).toEqual({ kind: 'sdk', name: 'script' });
    cli.revoke('script');
    expect(gateway.verify(token)).toBeNull();
  });
});
