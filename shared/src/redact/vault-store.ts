import { Vault } from './vault';

export interface VaultStoreOptions {
  /** Most conversations kept; the least recently used one is dropped past it. Default 1000. */
  maxConversations?: number;
  /** Passed to each vault: most values per conversation. */
  maxEntriesPerConversation?: number;
  /** A conversation untouched this long is forgotten. Default 12 hours. */
  idleMs?: number;
  /** Milliseconds clock, injectable for tests. */
  now?: () => number;
}

interface Slot {
  vault: Vault;
  lastUsed: number;
}

/**
 * The vaults of a long-running gateway, one per conversation id, bounded in count and in idle time so memory
 * (and the raw values in it) does not outlive its use. A dropped conversation loses restoration only: its
 * placeholders were already sent, no value is exposed.
 */
export class VaultStore {
  readonly #maxConversations: number;
  readonly #maxEntries: number | undefined;
  readonly #idleMs: number;
  readonly #now: () => number;
  /** Map iteration order is insertion order; re-inserting on use keeps it least-recently-used first. */
  readonly #slots = new Map<string, Slot>();

  constructor(options: VaultStoreOptions = {}) {
    this.#maxConversations = options.maxConversations ?? 1000;
    this.#maxEntries = options.maxEntriesPerConversation;
    this.#idleMs = options.idleMs ?? 12 * 60 * 60 * 1000;
    this.#now = options.now ?? (() => Date.now());
    if (this.#maxConversations < 1) throw new RangeError('maxConversations must be at least 1');
  }

  get size(): number {
    this.sweep();
    return this.#slots.size;
  }

  /** The conversation's vault, created when missing or expired; marks it used. */
  get(conversationId: string): Vault {
    const existing = this.peek(conversationId);
    if (existing) return existing;
    const vault = new Vault(this.#maxEntries === undefined ? {} : { maxEntries: this.#maxEntries });
    this.#slots.set(conversationId, { vault, lastUsed: this.#now() });
    while (this.#slots.size > this.#maxConversations) this.#dropOldest();
    return vault;
  }

  /** The conversation's vault if it is still held (marks it used), without creating one. */
  peek(conversationId: string): Vault | undefined {
    this.sweep();
    const slot = this.#slots.get(conversationId);
    if (!slot) return undefined;
    this.#slots.delete(conversationId);
    slot.lastUsed = this.#now();
    this.#slots.set(conversationId, slot);
    return slot.vault;
  }

  delete(conversationId: string): boolean {
    const slot = this.#slots.get(conversationId);
    slot?.vault.clear();
    return this.#slots.delete(conversationId);
  }

  /** Drops idle conversations; returns how many. Cheap: expired slots sit at the front of the LRU order. */
  sweep(): number {
    const cutoff = this.#now() - this.#idleMs;
    let dropped = 0;
    for (const slot of this.#slots.values()) {
      if (slot.lastUsed > cutoff) break;
      this.#dropOldest();
      dropped++;
    }
    return dropped;
  }

  #dropOldest(): void {
    const oldest = this.#slots.keys().next();
    if (oldest.done) return;
    this.delete(oldest.value);
  }

  toJSON(): { conversations: number } {
    return { conversations: this.#slots.size };
  }
}
