import { Vault } from '@promptgate/shared';

/**
 * Placeholders the provider can see together must mean one value each: a Responses chain or `conversation` is
 * stored at the provider, and a client replays its Chat or Anthropic history, so turn 2 may not hand token B the
 * `[GITHUB_PAT_1]` that meant token A in turn 1. One vault per scope (client token + provider + scope name) keeps
 * the numbering going across calls. Kept in memory only, never written to disk, and bounded: the least recently
 * used scope goes when there are too many, a scope idle past its expiry is forgotten, and each vault has its cap.
 */
export interface ScopedVaultOptions {
  maxScopes?: number;
  /** Most distinct values one scope may hold (past it the call is refused, never restored wrongly). */
  maxValuesPerScope?: number;
  /** A scope unused this long starts over. */
  idleMs?: number;
  /** Most response ids remembered (each names the scope its chain continues). */
  maxResponses?: number;
  now?: () => number;
}

interface Entry<T> {
  value: T;
  usedAt: number;
}

/** Insertion-ordered map used as an LRU with an idle expiry. */
class Lru<T> {
  readonly #entries = new Map<string, Entry<T>>();
  constructor(
    readonly max: number,
    readonly idleMs: number,
    readonly now: () => number,
  ) {}

  get(key: string): T | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    if (this.now() - entry.usedAt > this.idleMs) return undefined;
    entry.usedAt = this.now();
    this.#entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: T): void {
    this.#entries.delete(key);
    this.#entries.set(key, { value, usedAt: this.now() });
    while (this.#entries.size > this.max) this.#entries.delete(this.#entries.keys().next().value!);
  }

  get size(): number {
    return this.#entries.size;
  }
}

/** A tool call replaced by a refusal: its output item type (`function_call_output`...) and the refusal text. */
export interface RefusedCall {
  outputType: string;
  text: string;
}

/** More tool calls in one reply than any model emits; past it the rest are not remembered. */
const MAX_REFUSALS_PER_RESPONSE = 256;

export const DEFAULT_MAX_SCOPES = 1_000;
export const DEFAULT_MAX_VALUES_PER_SCOPE = 10_000;
export const DEFAULT_SCOPE_IDLE_MS = 24 * 60 * 60 * 1000;

export class ScopedVaults {
  readonly #vaults: Lru<Vault>;
  readonly #responses: Lru<string>;
  readonly #refusals: Lru<Map<string, RefusedCall>>;
  readonly #maxValues: number;

  constructor(options: ScopedVaultOptions = {}) {
    const now = options.now ?? Date.now;
    const idle = options.idleMs ?? DEFAULT_SCOPE_IDLE_MS;
    this.#vaults = new Lru(options.maxScopes ?? DEFAULT_MAX_SCOPES, idle, now);
    this.#responses = new Lru(options.maxResponses ?? 20 * (options.maxScopes ?? DEFAULT_MAX_SCOPES), idle, now);
    this.#refusals = new Lru(this.#responses.max, idle, now);
    this.#maxValues = options.maxValuesPerScope ?? DEFAULT_MAX_VALUES_PER_SCOPE;
  }

  /** The vault of `scope` (a key from `scopeKey`), created empty on first use or after it expired. */
  vault(scope: string): Vault {
    const known = this.#vaults.get(scope);
    if (known) return known;
    const vault = new Vault({ maxEntries: this.#maxValues });
    this.#vaults.set(scope, vault);
    return vault;
  }

  /** An existing vault only: a reply of an unknown scope has nothing to restore. */
  existing(scope: string): Vault | undefined {
    return this.#vaults.get(scope);
  }

  /** A response id the provider returned belongs to the scope of the request that produced it. */
  rememberResponse(responseId: string, scope: string): void {
    this.#responses.set(responseId, scope);
  }

  scopeOfResponse(responseId: string): string | undefined {
    return this.#responses.get(responseId);
  }

  /**
   * A tool call of `responseId` the gateway replaced by a refusal: the provider still stores the call, so a
   * request continuing that response must answer it (see `answerRefusedCalls`).
   */
  rememberRefusal(responseId: string, callId: string, refused: RefusedCall): void {
    const calls = this.#refusals.get(responseId) ?? new Map<string, RefusedCall>();
    if (calls.size >= MAX_REFUSALS_PER_RESPONSE && !calls.has(callId)) return;
    calls.set(callId, refused);
    this.#refusals.set(responseId, calls);
  }

  /** The refused calls of a response, by call id; only for the scope that response belongs to. */
  refusalsOf(responseId: string, scopePrefix: string): ReadonlyMap<string, RefusedCall> | undefined {
    if (!this.#responses.get(responseId)?.startsWith(scopePrefix)) return undefined;
    return this.#refusals.get(responseId);
  }

  get scopes(): number {
    return this.#vaults.size;
  }

  toJSON(): { scopes: number } {
    return { scopes: this.scopes };
  }
}
