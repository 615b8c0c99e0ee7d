import { hash } from 'node:crypto';
import { detect, type Finding, type Rule } from '@promptgate/shared';

export const DEFAULT_MEMO_ENTRIES = 20_000;
/** Below this, detecting again costs less than hashing and remembering. */
export const DEFAULT_MEMO_MIN_CHARS = 256;

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
    if (extraRules !== this.#rules) {
      this.#entries.clear();
      this.#rules = extraRules;
    }
    return (text) => this.#findings(text, extraRules);
  }

  #findings(text: string, extraRules: readonly Rule[] | undefined): Finding[] {
    // A detector of rules replaced since (a call that began before a policy reload) neither reads nor writes.
    // A text with lone surrogates is not remembered: its UTF-8 digest would equal that of another such text.
    if (text.length < this.#minChars || extraRules !== this.#rules || !isWellFormed(text)) return this.#detect(text, extraRules);
    const key = hash('sha256', text, 'base64');
    let known = this.#entries.get(key);
    if (known) {
      // Refreshed as the most recently used.
      this.#entries.delete(key);
    } else {
      known = this.#detect(text, extraRules);
      if (this.#entries.size >= this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    }
    this.#entries.set(key, known);
    return known.map((finding) => ({ ...finding }));
  }

  get size(): number {
    return this.#entries.size;
  }
}
