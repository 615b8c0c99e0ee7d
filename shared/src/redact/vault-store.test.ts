import { describe, expect, it } from 'vitest';
import { VaultStore } from './vault-store';

describe('VaultStore', () => {
  it('keeps one vault per conversation', () => {
    const store = new VaultStore();
    const a = store.get('a');
    a.placeholderFor('email', 'a@x.io');
    expect(store.get('a')).toBe(a);
    expect(store.get('b')).not.toBe(a);
  });

  it('drops the least recently used conversation past the cap', () => {
    const store = new VaultStore({ maxConversations: 2 });
    const a = store.get('a');
    store.get('b');
    store.get('a'); // a is now more recent than b
    store.get('c');
    expect(store.peek('b')).toBeUndefined();
    expect(store.peek('a')).toBe(a);
    expect(store.size).toBe(2);
  });

  it('forgets idle conversations by the injected clock and wipes their values', () => {
    let now = 0;
    const store = new VaultStore({ idleMs: 1000, now: () => now });
    const a = store.get('a');
    a.placeholderFor('email', 'a@x.io');
    now = 999;
    expect(store.peek('a')).toBe(a); // touched: idle timer restarts
    now = 1998;
    store.get('b');
    now = 2000;
    expect(store.peek('a')).toBeUndefined();
    expect(a.size).toBe(0);
    expect(store.peek('b')).toBeDefined();
  });

  it('bounds entries per conversation', () => {
    const store = new VaultStore({ maxEntriesPerConversation: 1 });
    store.get('a').placeholderFor('email', 'a@x.io');
    expect(() => store.get('a').placeholderFor('email', 'b@x.io')).toThrow();
  });
});
