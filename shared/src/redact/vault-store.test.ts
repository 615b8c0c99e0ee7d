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

  it('links a new chat\u2019s draft vault to the id the site gave it, so numbering goes on under either name', () => {
    const store = new VaultStore();
    const draft = store.get('draft');
    expect(draft.placeholderFor('aws-access-key-id', 'AKIA-ONE')).toBe('[AWS_ACCESS_KEY_ID_1]');
    expect(store.link('draft', 'c42')).toBe(true);
    expect(store.get('c42')).toBe(draft);
    expect(store.get('c42').placeholderFor('aws-access-key-id', 'AKIA-TWO')).toBe('[AWS_ACCESS_KEY_ID_2]');
    expect(store.peek('draft')).toBe(draft);
    expect(store.link('draft', 'c42')).toBe(true);
  });

  it('refuses a link to an id that already has its own vault, or from a draft that holds nothing', () => {
    const store = new VaultStore();
    const draft = store.get('draft');
    const other = store.get('older');
    expect(store.link('draft', 'older')).toBe(false);
    expect(store.get('older')).toBe(other);
    expect(store.link('never-used', 'c7')).toBe(false);
    expect(store.peek('c7')).toBeUndefined();
    expect(store.get('c7')).not.toBe(draft);
  });

  it('forgets the link with the vault', () => {
    const store = new VaultStore({ maxConversations: 1 });
    store.get('draft').placeholderFor('email', 'a@x.io');
    store.link('draft', 'c1');
    store.get('unrelated');
    expect(store.peek('c1')).toBeUndefined();
    expect(store.get('c1').size).toBe(0);
  });
});
