import { startsWithFolded } from '../../../folded-word';
import { keepShapeOf } from '../../../keep-shape';

/**
 * Whether one of a few words (lower case, matched in any case) stands on the line before a place, asked at
 * places in text order: each character is read once for a whole scan, however many places on a line ask. A
 * line dense with the places would otherwise be read back to its start for each.
 */
export class LineMention {
  readonly #text: string;
  readonly #words: readonly string[];
  #readTo = 0;
  #seen = false;

  constructor(text: string, words: readonly string[]) {
    this.#text = text;
    this.#words = words;
  }

  before(at: number): boolean {
    const text = this.#text;
    // Only forward: a place before the last one (never, as anchors come in order) reads its line again.
    if (at < this.#readTo) {
      this.#readTo = 0;
      this.#seen = false;
    }
    for (let i = this.#readTo; i < at; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.#seen = false;
      else if (!this.#seen && this.#startsWord(i, c | 32)) this.#seen = true;
    }
    this.#readTo = Math.max(this.#readTo, at);
    return this.#seen;
  }

  #startsWord(at: number, folded: number): boolean {
    for (const word of this.#words) if (word.charCodeAt(0) === folded && startsWithFolded(this.#text, at, word)) return true;
    return false;
  }
}

/** Keeps the shape of the objects every call makes (see keep-shape.ts). */
keepShapeOf(new LineMention('', []));
