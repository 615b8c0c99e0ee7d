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
  /** A conversation's later name → the key its vault is held under (a new chat's draft key). */
  readonly #aliases = new Map<string, string>();

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
    this.#aliases.delete(conversationId);
    this.#slots.set(conversationId, { vault, lastUsed: this.#now() });
    while (this.#slots.size > this.#maxConversations) this.#dropOldest();
    return vault;
  }

  /** The conversation's vault if it is still held (marks it used), without creating one. */
  peek(conversationId: string): Vault | undefined {
    this.sweep();
    const key = this.#keyOf(conversationId);
    const slot = this.#slots.get(key);
    if (!slot) return undefined;
    this.#slots.delete(key);
    slot.lastUsed = this.#now();
    this.#slots.set(key, slot);
    return slot.vault;
  }

  /**
   * Names a new chat's vault (held under its draft key) by the id the site gave the chat after its first
   * prompt, so later pages of that chat find its placeholders. Refused (false) when the draft holds nothing
   * or the id already has a vault of its own: then the id is not this chat's, and merging would put one
   * conversation's values into another's replies.
   */
  link(draftId: string, conversationId: string): boolean {
    this.sweep();
    const draftKey = this.#keyOf(draftId);
    if (!this.#slots.has(draftKey)) return false;
    const existing = this.#keyOf(conversationId);
    if (existing === draftKey) return true;
    if (this.#slots.has(existing)) return false;
    this.#aliases.set(conversationId, draftKey);
    this.peek(draftKey);
    return true;
  }

  delete(conversationId: string): boolean {
    const key = this.#keyOf(conversationId);
    const slot = this.#slots.get(key);
    slot?.vault.clear();
    for (const [alias, target] of this.#aliases) if (target === key) this.#aliases.delete(alias);
    return this.#slots.delete(key);
  }

  #keyOf(conversationId: string): string {
    const target = this.#aliases.get(conversationId);
    return target !== undefined && this.#slots.has(target) ? target : conversationId;
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
