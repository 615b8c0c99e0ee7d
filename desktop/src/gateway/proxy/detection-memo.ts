import { hash } from 'node:crypto';
import { detect, type Finding, type Rule } from '@promptgate/shared';

export const DEFAULT_MEMO_ENTRIES = 20_000;
/** Below this, detecting again costs about what hashing and remembering does. */
export const DEFAULT_MEMO_MIN_CHARS = 64;

/** ES2024's `String.prototype.isWellFormed`: Node has it, the project's `lib` (ES2023) does not declare it. */
const isWellFormed = (text: string): boolean => (String.prototype as unknown as { isWellFormed(this: string): boolean }).isWellFormed.call(text);

type Detector = (text: string, extraRules: readonly Rule[] | undefined) => Finding[];

/** One text's place in the memo. */
export interface MemoEntry {
  /** Its findings (copies) when it was seen before under the same rules. */
  readonly known: Finding[] | undefined;
  /** Runs detection on it inline and remembers what was found. */
  detect(): Finding[];
  /** Remembers what detection found elsewhere (the worker pool). */
  remember(findings: readonly Finding[]): void;
}

export interface DetectionMemoOptions {
  maxEntries?: number;
  minChars?: number;
  /** The engine (tests count its calls). */
  detect?: Detector;
}

/**
 * Findings of texts the proxy has inspected before, by the SHA-256 of the text: a coding agent resends its
 * whole history on every call, and detecting it all again is most of what a call adds. Holds digests and
 * findings (types and positions), never a text or a value. Findings depend on the rules only, so the memo starts
 * over when the rule set changes (a policy with other custom detectors); the least recently used entry goes
 * first once it is full. Each caller gets copies: nothing it does to them reaches another call.
 */
export class DetectionMemo {
  readonly #entries = new Map<string, readonly Finding[]>();
  readonly #maxEntries: number;
  readonly #minChars: number;
  readonly #detect: Detector;
  #rules: readonly Rule[] | undefined;

  constructor(options: DetectionMemoOptions = {}) {
    this.#maxEntries = options.maxEntries ?? DEFAULT_MEMO_ENTRIES;
    this.#minChars = options.minChars ?? DEFAULT_MEMO_MIN_CHARS;
    this.#detect = options.detect ?? ((text, extraRules) => detect(text, { extraRules }));
  }

  /** Detection under `extraRules` (the active policy's custom detectors), remembered. */
  detector(extraRules: readonly Rule[] | undefined): (text: string) => Finding[] {
    return (text) => {
      const entry = this.entry(text, extraRules);
      return entry.known ?? entry.detect();
    };
  }

  /**
   * What the memo knows of `text`: its findings when seen before, and how to find and remember them when not.
   * The text is hashed once for all three: a new 1 MB history would otherwise be hashed to look it up and again
   * to remember it.
   */
  entry(text: string, extraRules: readonly Rule[] | undefined): MemoEntry {
    this.#use(extraRules);
    const key = this.#key(text, extraRules);
    const remember = (findings: readonly Finding[]) => {
      // Rules replaced since the lookup (a policy reload while the pool worked): not theirs to remember.
      if (key !== undefined && extraRules === this.#rules) this.#set(key, findings);
    };
    return {
      known: key === undefined ? undefined : this.#get(key),
      detect: () => {
        // The same text twice in one request: the second finds what the first remembered, by the same key.
        const meanwhile = key === undefined ? undefined : this.#get(key);
        if (meanwhile) return meanwhile;
        const found = this.#detect(text, extraRules);
        remember(found);
        return found;
      },
      remember,
    };
  }

  /** The findings of `text` under `extraRules` when it was seen before (copies), else undefined. */
  known(text: string, extraRules: readonly Rule[] | undefined): Finding[] | undefined {
    this.#use(extraRules);
    const key = this.#key(text, extraRules);
    return key === undefined ? undefined : this.#get(key);
  }

  /** Remembers what detection under `extraRules` found in `text` (inline or on the worker pool). */
  remember(text: string, extraRules: readonly Rule[] | undefined, findings: readonly Finding[]): void {
    const key = this.#key(text, extraRules);
    if (key !== undefined) this.#set(key, findings);
  }

  #get(key: string): Finding[] | undefined {
    const known = this.#entries.get(key);
    if (!known) return undefined;
    // Refreshed as the most recently used.
    this.#entries.delete(key);
    this.#entries.set(key, known);
    return known.map((finding) => ({ ...finding }));
  }

  #set(key: string, findings: readonly Finding[]): void {
    this.#entries.delete(key);
    if (this.#entries.size >= this.#maxEntries) this.#evictOldest();
    this.#entries.set(
      key,
      findings.map((finding) => ({ ...finding })),
    );
  }

  /**
   * Drops the least recently used sixteenth at once. A Map keeps a deleted entry's slot until it grows again, and
   * a fresh iterator walks every such slot from the front: evicting one entry per insert walked them all each time,
   * about 15 ms for one new 1 MB history once the memo was full.
   */
  #evictOldest(): void {
    let drop = Math.max(1, this.#maxEntries >> 4);
    for (const key of this.#entries.keys()) {
      this.#entries.delete(key);
      if (--drop === 0) return;
    }
  }

  /**
   * The memo holds the findings of one rule set: another one starts it over. A call that began before a policy
   * reload may switch it back for a moment; what it remembers is still keyed by the rules it was found with.
   */
  #use(extraRules: readonly Rule[] | undefined): void {
    if (extraRules === this.#rules) return;
    this.#entries.clear();
    this.#rules = extraRules;
  }

  /**
   * The digest `text` is remembered by, or undefined when it is not remembered: too short to be worth it,
   * found under rules replaced since, or holding lone surrogates (its UTF-8 digest would equal another's).
   */
  #key(text: string, extraRules: readonly Rule[] | undefined): string | undefined {
    if (text.length < this.#minChars || extraRules !== this.#rules || !isWellFormed(text)) return undefined;
    return hash('sha256', text, 'base64');
  }

  get size(): number {
    return this.#entries.size;
  }
}
