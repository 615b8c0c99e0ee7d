import { base64ToBytes, bytesToBase64 } from './base64';
import { RedactError } from './errors';
import { formatPlaceholder, placeholderType } from './placeholder';

export interface VaultOptions {
  /** Most distinct values one conversation may hold; past it `placeholderFor` throws `vault_full`. */
  maxEntries?: number;
}

/** What a vault shows when something tries to log or serialize it: counts, never values. */
export interface VaultSummary {
  entries: number;
  types: string[];
}

export const DEFAULT_MAX_VAULT_ENTRIES = 10_000;
const FORMAT = 'promptgate-vault-v1';

interface SealedVault {
  format: typeof FORMAT;
  iv: string;
  data: string;
}

interface VaultPlaintext {
  entries: Array<[placeholder: string, value: string]>;
  counters: Array<[type: string, last: number]>;
}

/**
 * The value ↔ placeholder mapping of one conversation, in memory. Values live in private fields so they do
 * not show up in `JSON.stringify`, `console.log` or structured logs; the only way out is `exportEncrypted`.
 */
export class Vault {
  readonly #maxEntries: number;
  readonly #byValue = new Map<string, string>();
  readonly #byPlaceholder = new Map<string, string>();
  /** Last number handed out per placeholder TYPE. Keyed by TYPE, not finding type, so `a-b` and `a_b` cannot collide. */
  readonly #counters = new Map<string, number>();
  /** Every prefix of every placeholder, so a stream restorer can tell in O(1) whether to hold back a tail. */
  readonly #prefixes = new Set<string>();
  #longest = 0;

  constructor(options: VaultOptions = {}) {
    this.#maxEntries = options.maxEntries ?? DEFAULT_MAX_VAULT_ENTRIES;
  }

  get size(): number {
    return this.#byPlaceholder.size;
  }

  /** Length of the longest placeholder held, in code units (0 when empty). */
  get longestPlaceholder(): number {
    return this.#longest;
  }

  /**
   * The placeholder for `value`, creating one on first sight. `isTaken` lets the caller skip numbers whose
   * placeholder text already appears in the prompt, so a literal `[EMAIL_1]` typed by the user is never
   * "restored" into someone's address.
   */
  placeholderFor(findingType: string, value: string, isTaken?: (placeholder: string) => boolean): string {
    const existing = this.#byValue.get(value);
    if (existing !== undefined) return existing;
    if (this.#byPlaceholder.size >= this.#maxEntries) {
      throw new RedactError('vault_full', `vault holds ${this.#maxEntries} values, the most allowed per conversation`);
    }
    const type = placeholderType(findingType);
    let n = this.#counters.get(type) ?? 0;
    let placeholder: string;
    do {
      n++;
      placeholder = formatPlaceholder(type, n);
    } while (this.#byPlaceholder.has(placeholder) || isTaken?.(placeholder));
    this.#counters.set(type, n);
    this.#add(placeholder, value);
    return placeholder;
  }

  valueOf(placeholder: string): string | undefined {
    return this.#byPlaceholder.get(placeholder);
  }

  has(placeholder: string): boolean {
    return this.#byPlaceholder.has(placeholder);
  }

  /** True when `text` is the start of (or equal to) some placeholder in this vault. */
  isPlaceholderPrefix(text: string): boolean {
    return this.#prefixes.has(text);
  }

  /** Forgets every value (for a conversation the user closed). */
  clear(): void {
    this.#byValue.clear();
    this.#byPlaceholder.clear();
    this.#counters.clear();
    this.#prefixes.clear();
    this.#longest = 0;
  }

  toJSON(): VaultSummary {
    const types = new Set<string>();
    for (const placeholder of this.#byPlaceholder.keys()) types.add(placeholder.slice(1, placeholder.lastIndexOf('_')));
    return { entries: this.size, types: [...types].sort() };
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `Vault ${JSON.stringify(this.toJSON())}`;
  }

  /** AES-GCM with a fresh random 96-bit IV per export; `key` must be an AES-GCM key allowed to encrypt. */
  async exportEncrypted(key: CryptoKey): Promise<string> {
    const plaintext: VaultPlaintext = { entries: [...this.#byPlaceholder], counters: [...this.#counters] };
    const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
    const encoded = new TextEncoder().encode(JSON.stringify(plaintext));
    const sealed = await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, encoded);
    const out: SealedVault = { format: FORMAT, iv: bytesToBase64(iv), data: bytesToBase64(new Uint8Array(sealed)) };
    return JSON.stringify(out);
  }

  static async importEncrypted(data: string, key: CryptoKey, options: VaultOptions = {}): Promise<Vault> {
    const sealed = parseSealed(data);
    let decrypted: ArrayBuffer;
    try {
      decrypted = await globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv: base64ToBytes(sealed.iv) }, key, base64ToBytes(sealed.data));
    } catch {
      throw new RedactError('vault_decrypt_failed', 'vault could not be decrypted: wrong key or tampered data');
    }
    const plaintext = parsePlaintext(new TextDecoder().decode(decrypted));
    const vault = new Vault(options);
    for (const [placeholder, value] of plaintext.entries) vault.#add(placeholder, value);
    for (const [type, last] of plaintext.counters) vault.#counters.set(type, last);
    return vault;
  }

  #add(placeholder: string, cutValue: string): void {
    const value = detached(cutValue);
    this.#byValue.set(value, placeholder);
    this.#byPlaceholder.set(placeholder, value);
    for (let i = 1; i <= placeholder.length; i++) this.#prefixes.add(placeholder.slice(0, i));
    this.#longest = Math.max(this.#longest, placeholder.length);
  }
}

/**
 * A copy of `value` that shares no memory with the text it was cut from. Engines keep a substring as a view
 * into its whole string (V8 from 13 characters on), so a 60-character key cut from a 4 MB prompt would keep
 * the prompt alive for as long as its conversation's vault: with a thousand conversations held, gigabytes.
 * JSON.parse builds its strings afresh.
 */
function detached(value: string): string {
  return JSON.parse(JSON.stringify(value)) as string;
}

function parseSealed(data: string): SealedVault {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    throw new RedactError('vault_bad_format', 'exported vault is not JSON');
  }
  const candidate = parsed as Partial<SealedVault> | null;
  if (candidate?.format !== FORMAT || typeof candidate.iv !== 'string' || typeof candidate.data !== 'string') {
    throw new RedactError('vault_bad_format', `exported vault is not in ${FORMAT} format`);
  }
  return candidate as SealedVault;
}

function isPairList<T>(value: unknown, second: (v: unknown) => v is T): value is Array<[string, T]> {
  return Array.isArray(value) && value.every((pair) => Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string' && second(pair[1]));
}

function parsePlaintext(json: string): VaultPlaintext {
  const parsed = JSON.parse(json) as Partial<VaultPlaintext>;
  const isString = (v: unknown): v is string => typeof v === 'string';
  const isCount = (v: unknown): v is number => Number.isInteger(v);
  if (!isPairList(parsed.entries, isString) || !isPairList(parsed.counters, isCount)) {
    throw new RedactError('vault_bad_format', 'decrypted vault has an unexpected shape');
  }
  return { entries: parsed.entries, counters: parsed.counters };
}
