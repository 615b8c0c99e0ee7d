import type { AnchorEnds } from './anchor-ends';
import { folded, foldedAt, type FoldedWord } from './folded-word';

interface WideAnchor {
  id: number;
  /** The anchor, to compare in any case. */
  word: FoldedWord;
  /** Where its first character outside ASCII stands in it: the scanner records that character. */
  offset: number;
}

/** An anchor with a character outside ASCII (`пароль`, `contraseña`, `パスワード`). */
export function isWideAnchor(anchor: string): boolean {
  return /[^\x00-\x7f]/.test(anchor);
}

/**
 * Anchors outside ASCII, which the keyword automaton (ASCII only) cannot hold. The token scanner records every
 * position of a code unit that is some such anchor's first non-ASCII character, in either case (`keyUnits`):
 * one table load per non-ASCII character it passes, nothing on ASCII text. `resolve` then checks the anchors
 * around those positions only, so these anchors cost what the others do: nothing on a text without them.
 */
export class WideAnchors {
  /** 1 for each UTF-16 code unit that is the first non-ASCII unit of an anchor, in lower or upper case. */
  readonly keyUnits = new Uint8Array(0x10000);
  readonly #byUnit = new Map<number, WideAnchor[]>();

  /** `anchors`: each anchor's id and text (lower case). */
  constructor(anchors: ReadonlyArray<{ id: number; lower: string }>) {
    for (const { id, lower } of anchors) {
      const offset = lower.search(/[^\x00-\x7f]/);
      if (offset < 0) throw new Error(`anchor "${lower}" is ASCII: the keyword automaton finds it`);
      const unit = lower.charCodeAt(offset);
      const variants = new Set([unit, String.fromCharCode(unit).toUpperCase().charCodeAt(0), String.fromCharCode(unit).toLowerCase().charCodeAt(0)]);
      for (const variant of variants) {
        if (variant < 0x80) continue;
        this.keyUnits[variant] = 1;
        let list = this.#byUnit.get(variant);
        if (list === undefined) this.#byUnit.set(variant, (list = []));
        list.push({ id, word: folded(lower), offset });
      }
    }
  }

  /**
   * Marks in `seen`, and records in `anchorEnds`, every anchor that occurs around the recorded `positions`
   * (ascending): each anchor's occurrences go in in text order, as the scanner's own.
   */
  resolve(text: string, positions: ArrayLike<number>, seen: Uint8Array, anchorEnds: AnchorEnds): void {
    for (let k = 0; k < positions.length; k++) {
      const at = positions[k]!;
      const candidates = this.#byUnit.get(text.charCodeAt(at));
      if (candidates === undefined) continue;
      for (const { id, word, offset } of candidates) {
        const start = at - offset;
        if (start < 0 || !foldedAt(text, start, word)) continue;
        const end = start + word.lower.length;
        seen[id] = 1;
        anchorEnds.push(id, end);
      }
    }
  }
}
