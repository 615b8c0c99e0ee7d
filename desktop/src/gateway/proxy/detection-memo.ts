import { hash } from 'node:crypto';
import { detect, type Finding, type Rule } from '@promptgate/shared';

export const DEFAULT_MEMO_ENTRIES = 20_000;
/** Below this, detecting again costs about what hashing and remembering does. */
export const DEFAULT_MEMO_MIN_CHARS = 64;

/** ES2024's `String.prototype.isWellFormed`: Node has it, the project's `lib` (ES2023) does not declare it. */
const isWellFormed = (text: string): boolean => (String.prototype as unknown as { isWellFormed(this: string): boolean }).isWellFormed.call(text);

type Detector = (text: string, extraRules: readonly Rule[] | undefined) => Finding[];

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
    this.#use(extraRules);
    return (text) => {
      const known = this.known(text, extraRules);
      if (known) return known;
      const found = this.#detect(text, extraRules);
      this.remember(text, extraRules, found);
      return found;
    };
  }

  /** The findings of `text` under `extraRules` when it was seen before (copies), else undefined. */
  known(text: string, extraRules: readonly Rule[] | undefined): Finding[] | undefined {
    this.#use(extraRules);
    const key = this.#key(text, extraRules);
    const known = key === undefined ? undefined : this.#entries.get(key);
    if (!known) return undefined;
    // Refreshed as the most recently used.
    this.#entries.delete(key!);
    this.#entries.set(key!, known);
    return known.map((finding) => ({ ...finding }));
  }

  /** Remembers what detection under `extraRules` found in `text` (inline or on the worker pool). */
  remember(text: string, extraRules: readonly Rule[] | undefined, findings: readonly Finding[]): void {
    const key = this.#key(text, extraRules);
    if (key === undefined) return;
    this.#entries.delete(key);
    if (this.#entries.size >= this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, findings.map((finding) => ({ ...finding })));
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
