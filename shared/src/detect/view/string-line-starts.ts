import { keepShapeOf } from '../keep-shape';
import type { ViewBuilder } from './text-view';

/**
 * Where the JSON string values of a line that hold a line break begin: just after the opening quote of
 * `"content":"id,name,nino\n1,Ann,…"`. A decoded view starts a line of its own there, so the first line of
 * the file a string holds is a line start as it is in the file: a CSV header (the label every row's value
 * is read under), a PEM block's BEGIN, an `export`. Decoded in place, that first line would begin with the
 * JSON around it (`{"path":"a.csv","content":"id,name,nino`), whose quotes hide the header's delimiters.
 * A value that is one word before its line break starts only a line, its key on the line above as a YAML key
 * above its value (`"secret":"…\nrotated"`), or, when the break ends the string (`"password":"…\n"`), is closed
 * by a quote the view writes before the break: it reads as the quoted value under its key it is, on its line,
 * where the decoded break would have left its closing quote a line further (`readsAsFileLine` tells a file's
 * first line from a value).
 *
 * A string value is a quote after a colon (a member's value: `"content": "`) that no other quote follows
 * before the escaped line break. Escapes are skipped whole, so `\"` inside the value neither opens nor closes
 * one. In a view of a view (a file in a tool result in a JSON request) the quotes decoded one level up are
 * the ones this reads, so the inner string is found the same way.
 */

const COLON = 58;
const QUOTE = 34;
const BACKSLASH = 92;

/** Whether the escape at `at` (a backslash) stands for a line feed or a carriage return. */
function isBreakEscape(text: string, at: number): boolean {
  const letter = text.charCodeAt(at + 1);
  if (letter === 110 || letter === 114) return true; // n r
  // `\u000a`, `\u000d`: how some encoders write them.
  if (letter !== 117 || text.charCodeAt(at + 2) !== 48 || text.charCodeAt(at + 3) !== 48 || text.charCodeAt(at + 4) !== 48) return false;
  const last = text.charCodeAt(at + 5) | 32;
  return last === 97 || last === 100; // a d
}

/** Where the escapes of line breaks from `at` (one or more: `\r\n`) end. */
function afterBreaks(text: string, at: number): number {
  let i = at;
  while (text.charCodeAt(i) === BACKSLASH && isBreakEscape(text, i)) i += text.charCodeAt(i + 1) === 117 ? 6 : 2;
  return i;
}

/** Whether a string's closing quote is at `at`, escaped or not. */
function endsString(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === QUOTE || (c === BACKSLASH && text.charCodeAt(at + 1) === QUOTE);
}

/**
 * Whether `[from, to)`, a string value's first line, reads as a line of a file (words, cells, a PEM block's
 * BEGIN) rather than as one value with a line break after it (`"password":"…\n"`, `"secret":"…\nnote"`): a
 * blank, a tab (written `\t`), a cell delimiter `,` `;` `|`, or no letter or digit at all. A file starts a
 * paragraph of its own, so the JSON before it is no row of its table; a lone value starts only a line, or is
 * closed where it breaks.
 */
function readsAsFileLine(text: string, from: number, to: number): boolean {
  let alphanumeric = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 44 || c === 59 || c === 124) return true;
    if (c === 92 && text.charCodeAt(i + 1) === 116) return true;
    alphanumeric ||= (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  }
  // A line of punctuation alone (`{` opening a JSON file, `---` a YAML document) is no value.
  return !alphanumeric;
}

/** Whether the quote at `at` follows a colon, blanks between, within the line from `lineStart`. */
function opensMemberValue(text: string, at: number, lineStart: number): boolean {
  let i = at - 1;
  while (i >= lineStart) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) break;
    i--;
  }
  return i >= lineStart && text.charCodeAt(i) === COLON;
}

/**
 * Finds them line by line over one text, lines given in ascending order. The next quote and backslash are
 * kept between lines, so each native search starts where the last one ended and a text of many lines is
 * still read once, not once per line.
 */
export class StringLineStarts {
  /** The first quote and backslash at or after where the last line ended being read; -1 when there are no more. */
  #quote: number;
  #backslash: number;

  constructor(private readonly text: string) {
    this.#quote = text.indexOf('"');
    this.#backslash = text.indexOf('\\');
  }

  /**
   * Has `builder` start a paragraph after the opening quote of each such value in `[lineStart, lineEnd)` that
   * holds a file, a line after each that holds one value and more, and close with a quote each that holds one
   * value and its line break alone.
   */
  collect(lineStart: number, lineEnd: number, builder: Pick<ViewBuilder, 'startLineAt' | 'closeQuoteAt'>): void {
    const text = this.text;
    // Lines come in order: a search again only for a position left behind, from this line on.
    if (this.#quote >= 0 && this.#quote < lineStart) this.#quote = text.indexOf('"', lineStart);
    if (this.#backslash >= 0 && this.#backslash < lineStart) this.#backslash = text.indexOf('\\', lineStart);
    /** After the opening quote of a member's value with no quote since; -1 when there is none. */
    let open = -1;
    for (;;) {
      const quote = this.#quote;
      const backslash = this.#backslash;
      const at = quote < 0 ? backslash : backslash < 0 ? quote : Math.min(quote, backslash);
      if (at < 0 || at >= lineEnd) return;
      if (at === backslash) {
        if (open >= 0 && isBreakEscape(text, at)) {
          if (readsAsFileLine(text, open, at)) builder.startLineAt(open, true);
          // `"password":"…\n"`: the value and its line break are all the string holds (its quote may be escaped, one
          // level down: `\"password\":\"…\n\"`).
          else if (endsString(text, afterBreaks(text, at))) builder.closeQuoteAt(at);
          // `"secret":"…\nrotated"`: the value on a line of its own, its key on the line above as YAML writes it.
          else builder.startLineAt(open, false);
          open = -1;
        }
        // The escaped character is skipped with it: `\"` is no quote, `\\` no start of an escape.
        if (quote === at + 1) this.#quote = text.indexOf('"', at + 2);
        this.#backslash = text.indexOf('\\', at + 2);
      } else {
        open = opensMemberValue(text, at, lineStart) ? at + 1 : -1;
        this.#quote = text.indexOf('"', at + 1);
      }
    }
  }
}

/** Keeps the shape of the objects every call makes (see keep-shape.ts). */
keepShapeOf(new StringLineStarts(''));
