import { NextOccurrence, skipSpaces, spacesBefore } from './value-scan';
import { keepShapeOf } from '../../../keep-shape';

/** How far into a variable's block its `default` is looked for. */
const BLOCK_REACH = 1024;
/** How many `default` words in reach are read before giving up (one in a description, the key after it). */
const MAX_CANDIDATES = 8;

/**
 * Terraform's `variable "db_password" { … default = "…" … }`: the block's label names the variable and its
 * `default` gives the value, a few lines further down. The labels come in text order, as the rules ask, so
 * `default` and the block's end (a `}` starting a line, as `terraform fmt` writes it) are each searched for
 * once, natively, over the whole text.
 */
export class VariableDefaults {
  readonly #text: string;
  readonly #defaults: NextOccurrence;
  readonly #blockEnds: NextOccurrence;

  constructor(text: string) {
    this.#text = text;
    this.#defaults = new NextOccurrence(text, 'default');
    this.#blockEnds = new NextOccurrence(text, '\n}');
  }

  /**
   * Where the value of the `default` of the variable whose label closes at `labelEnd` (its closing quote)
   * starts: past the `=` and its blanks. -1 when the label is no variable's, or its block has no default.
   */
  valueAt(labelStart: number, labelEnd: number): number {
    const text = this.#text;
    if (!isVariableLabel(text, labelStart)) return -1;
    const open = skipSpaces(text, labelEnd + 1);
    if (text.charCodeAt(open) !== 123) return -1;
    const end = Math.min(this.#blockEnds.at(open), open + BLOCK_REACH);
    let at = this.#defaults.at(open);
    for (let n = 0; at < end && n < MAX_CANDIDATES; n++) {
      const value = valueOfKey(text, at);
      if (value >= 0) return value;
      at = this.#defaults.at(at + 1);
    }
    return -1;
  }
}

/** Keeps the shape of the objects every call makes (see keep-shape.ts). */
keepShapeOf(new VariableDefaults(''));

/** The label's opening quote (at `labelStart - 1`) follows `variable` and blanks, with only blanks before it on its line. */
function isVariableLabel(text: string, labelStart: number): boolean {
  const quote = labelStart - 1;
  if (text.charCodeAt(quote) !== 34) return false;
  const blanks = spacesBefore(text, quote);
  const keyword = blanks - 'variable'.length;
  if (keyword < 0 || blanks === quote || !text.startsWith('variable', keyword)) return false;
  const indent = spacesBefore(text, keyword);
  return indent === 0 || text.charCodeAt(indent - 1) === 10;
}

/** The `default` at `at` is a key (blanks alone before it on its line, `=` after): where its value starts, or -1. */
function valueOfKey(text: string, at: number): number {
  const indent = spacesBefore(text, at);
  if (indent > 0 && text.charCodeAt(indent - 1) !== 10) return -1;
  const operator = skipSpaces(text, at + 'default'.length);
  if (text.charCodeAt(operator) !== 61 || text.charCodeAt(operator + 1) === 61) return -1;
  return operator + 1;
}
