import { forgetsScannedText } from '../../../text-caches';

/**
 * The header cell above a value in a delimited table: `ssn` for `742-19-6630` in `Doe,John,742-19-6630`
 * under `last,first,ssn`. In CSV, TSV, `;`- and `|`-separated exports the label that says what a number is
 * sits in the first line, not next to the value, so number detectors that need a label look here too.
 *
 * A table is a run of consecutive lines that split into the same number of cells (two or more) on the same
 * delimiter, quotes respected; its first line is the header. Lines, rows and headers are worked out lazily
 * and cached for the last text, so a text costs one pass over its line breaks plus one pass per row asked
 * about, however many values are looked up.
 */

/** Longer lines are not table rows (minified code, a pasted blob): looking at them would cost too much. */
const MAX_ROW_LENGTH = 4096;
const DELIMITERS = [44, 59, 9, 124]; // , ; TAB |
const QUOTE = 34;
const QUOTE_INDEX = -2;

/** Per ASCII code: its index in DELIMITERS, QUOTE_INDEX for a quote, -1 for anything else. */
const DELIMITER_INDEX = new Int8Array(128).fill(-1);
DELIMITERS.forEach((code, index) => (DELIMITER_INDEX[code] = index));
DELIMITER_INDEX[QUOTE] = QUOTE_INDEX;

/** Each delimiter's count on the line being read: reused, as a table of a megabyte has tens of thousands of lines. */
const delimiterCounts = new Int32Array(DELIMITERS.length);

/** `TableCache.delimiters` of a line not worked out yet, and of one that is no row. */
const UNKNOWN = -2;
const NO_ROW = -1;
/** No line index known (for `headers` and `lastLines`, whose entries are line indexes). */
const NO_LINE = -1;

/**
 * What is known of the lines of the last text, per line index, in typed arrays rather than an object per
 * line: a table of a megabyte has tens of thousands of rows, all alive until the next text.
 */
interface TableCache {
  text: string;
  /** Start offset of every line. */
  lineStarts: number[];
  /** Per line: the index in DELIMITERS of the delimiter its row splits on, NO_ROW, or UNKNOWN until asked. */
  delimiters: Int8Array;
  /** Per row: where its splits (offsets of its delimiters outside quotes) start in `splits`, and how many. */
  splitFrom: Int32Array;
  splitCount: Int32Array;
  splits: Int32Array;
  splitsUsed: number;
  /** Per line: the line index of its table's header (itself when it heads the table or is no row). */
  headers: Int32Array;
  /** Per header line: the index of the last line of its table, for `tableEndBelow`: every rule asks. */
  lastLines: Int32Array;
  /** Header cells' text by header line, cut when first asked for: asked about once per value below. */
  cells: Map<number, Array<string | undefined>>;
  /** The line of the last lookup: rules ask about values in text order, mostly on the line asked about last. */
  lastLine: number;
}

let cache: TableCache | undefined;
forgetsScannedText(() => (cache = undefined));

function tableCache(text: string): TableCache {
  if (cache !== undefined && cache.text === text) {
    // Keeps the newest of equal strings: the next lookups compare by reference, not content (see digits.ts).
    cache.text = text;
    return cache;
  }
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lines = lineStarts.length;
  cache = {
    text,
    lineStarts,
    delimiters: new Int8Array(lines).fill(UNKNOWN),
    splitFrom: new Int32Array(lines),
    splitCount: new Int32Array(lines),
    splits: new Int32Array(64),
    splitsUsed: 0,
    headers: new Int32Array(lines).fill(NO_LINE),
    lastLines: new Int32Array(lines).fill(NO_LINE),
    cells: new Map(),
    lastLine: 0,
  };
  return cache;
}

/** Index of the line holding `pos`: the last one asked about when it still is, else a binary search. */
function lineIndexOf(c: TableCache, pos: number): number {
  const lineStarts = c.lineStarts;
  const last = c.lastLine;
  if (lineStarts[last]! <= pos && (last + 1 === lineStarts.length || lineStarts[last + 1]! > pos)) return last;
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= pos) low = mid;
    else high = mid - 1;
  }
  c.lastLine = low;
  return low;
}

function lineEnd(c: TableCache, line: number): number {
  const next = c.lineStarts[line + 1];
  const end = next === undefined ? c.text.length : next - 1;
  return end > c.lineStarts[line]! && c.text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

/**
 * Whether `line` is a table row: split on whichever delimiter occurs most outside quotes, worked out on the
 * first call for the line.
 */
function isRow(c: TableCache, line: number): boolean {
  const known = c.delimiters[line]!;
  if (known !== UNKNOWN) return known !== NO_ROW;
  const start = c.lineStarts[line]!;
  const end = lineEnd(c, line);
  let delimiterAt = NO_ROW;
  if (end - start <= MAX_ROW_LENGTH) {
    // Counted first and collected only for the delimiter that wins: most lines asked about are prose, and
    // four arrays per line (or a search of the delimiter list per character) cost more than the count.
    const text = c.text;
    const codes = DELIMITER_INDEX;
    const counts = delimiterCounts.fill(0);
    let quoted = false;
    let quotes = false;
    for (let i = start; i < end; i++) {
      const ch = text.charCodeAt(i);
      // Most characters are none of them: one table read and a compare each.
      const d = ch < 128 ? codes[ch]! : -1;
      if (d === -1) continue;
      if (d === QUOTE_INDEX) {
        quoted = !quoted;
        quotes = true;
      } else if (!quoted) counts[d]!++;
    }
    let best = 0;
    for (let d = 1; d < DELIMITERS.length; d++) if (counts[d]! > counts[best]!) best = d;
    if (counts[best]! > 0) {
      delimiterAt = best;
      if (c.splits.length < c.splitsUsed + counts[best]!) {
        const grown = new Int32Array(Math.max(c.splits.length * 2, c.splitsUsed + counts[best]!));
        grown.set(c.splits.subarray(0, c.splitsUsed));
        c.splits = grown;
      }
      c.splitFrom[line] = c.splitsUsed;
      c.splitCount[line] = counts[best]!;
      const delimiter = DELIMITERS[best]!;
      const splits = c.splits;
      let used = c.splitsUsed;
      if (!quotes) {
        // Without quotes every delimiter splits: a native search from one to the next.
        const char = String.fromCharCode(delimiter);
        for (let i = text.indexOf(char, start); i !== -1 && i < end; i = text.indexOf(char, i + 1)) splits[used++] = i;
      } else {
        quoted = false;
        for (let i = start; i < end; i++) {
          const ch = text.charCodeAt(i);
          if (ch === QUOTE) quoted = !quoted;
          else if (ch === delimiter && !quoted) splits[used++] = i;
        }
      }
      c.splitsUsed = used;
    }
  }
  c.delimiters[line] = delimiterAt;
  return delimiterAt !== NO_ROW;
}

/** Both lines are rows split the same way into the same number of cells. */
function sameShape(c: TableCache, a: number, b: number): boolean {
  return isRow(c, a) && isRow(c, b) && c.delimiters[a] === c.delimiters[b] && c.splitCount[a] === c.splitCount[b];
}

/** Line index of the header of the table `line` belongs to (`line` itself when it is the first row or no row). */
function headerLine(c: TableCache, line: number): number {
  const known = c.headers[line]!;
  if (known !== NO_LINE) return known;
  let current = line;
  let header: number;
  for (;;) {
    const above = c.headers[current]!;
    if (above !== NO_LINE) {
      header = above;
      break;
    }
    if (current === 0 || !sameShape(c, current, current - 1)) {
      // A rule between a header and the rows (`----+----` of psql, `+----+` of MySQL's client, `|---|---|`
      // of Markdown): the header is the line above it.
      header = current >= 2 && isRuleLine(c, current - 1) && sameShape(c, current, current - 2) ? current - 2 : current;
      break;
    }
    current--;
  }
  // Every line walked over belongs to the same table: each is walked once.
  for (let walked = line; walked >= current; walked--) c.headers[walked] = header;
  return header;
}

/** Index of the cell holding `pos` in the row on `line`. */
function cellIndex(c: TableCache, line: number, pos: number): number {
  const from = c.splitFrom[line]!;
  const count = c.splitCount[line]!;
  let k = 0;
  while (k < count && c.splits[from + k]! < pos) k++;
  return k;
}

/**
 * The raw text of the header cell of the column holding `pos`, or undefined when `pos` is not in a table
 * row below a header.
 */
export function columnHeader(text: string, pos: number): string | undefined {
  const c = tableCache(text);
  const line = lineIndexOf(c, pos);
  if (!isRow(c, line)) return undefined;
  const header = headerLine(c, line);
  if (header === line) return undefined;
  const k = cellIndex(c, line, pos);
  let cells = c.cells.get(header);
  if (cells === undefined) {
    cells = [];
    c.cells.set(header, cells);
  }
  const known = cells[k];
  if (known !== undefined) return known;
  const splitFrom = c.splitFrom[header]!;
  const from = k === 0 ? c.lineStarts[header]! : c.splits[splitFrom + k - 1]! + 1;
  const to = k === c.splitCount[header] ? lineEnd(c, header) : c.splits[splitFrom + k]!;
  const cell = text.slice(from, to);
  cells[k] = cell;
  return cell;
}

/**
 * `pos` is in a table row below its table's header: the line above is then another row of the table, which
 * names no value on its own (its cells are the header's business, `columnHeader`).
 */
export function inTableBody(text: string, pos: number): boolean {
  const c = tableCache(text);
  const line = lineIndexOf(c, pos);
  return isRow(c, line) && headerLine(c, line) !== line;
}

/**
 * End offset of the table whose header line holds `pos`: the end of the last of the consecutive lines shaped
 * like it. -1 when that line is no table row, or a row below the first of its table (whose cells then name
 * no column: `columnHeader` reads only a table's first line).
 */
export function tableEndBelow(text: string, pos: number): number {
  const c = tableCache(text);
  const header = lineIndexOf(c, pos);
  if (!isRow(c, header) || (header > 0 && sameShape(c, header - 1, header))) return -1;
  let line = c.lastLines[header]!;
  if (line === NO_LINE) {
    line = header;
    // Past a rule right under the header, to the rows below it.
    if (line + 2 < c.lineStarts.length && !sameShape(c, line, line + 1) && isRuleLine(c, line + 1) && sameShape(c, line, line + 2)) line += 2;
    while (line + 1 < c.lineStarts.length && sameShape(c, line, line + 1)) line++;
    c.lastLines[header] = line;
  }
  return lineEnd(c, line);
}

/** A line of dashes (three or more), `+`, `=`, `:`, `|` and blanks only: a rule under a table's header. */
function isRuleLine(c: TableCache, line: number): boolean {
  const start = c.lineStarts[line]!;
  const end = lineEnd(c, line);
  if (end - start > MAX_ROW_LENGTH) return false;
  let dashes = 0;
  for (let i = start; i < end; i++) {
    const ch = c.text.charCodeAt(i);
    if (ch === 45 || ch === 61) dashes++;
    else if (ch !== 43 && ch !== 124 && ch !== 58 && ch !== 32 && ch !== 9) return false;
  }
  return dashes >= 3;
}

/**
 * Start offset of the line holding `pos`, from the line starts of the text that every labelled rule's table
 * lookups read anyway: found once per text, not by each rule walking the text's line feeds again.
 */
export function lineStartOf(text: string, pos: number): number {
  const c = tableCache(text);
  return c.lineStarts[lineIndexOf(c, pos)]!;
}

/**
 * The cells of the table row on the line holding `pos`, as `[start, end)` offset pairs in `into` (cleared
 * first): the raw cells, quotes and blanks included. False when the line is no table row.
 */
export function rowCells(text: string, pos: number, into: number[]): boolean {
  into.length = 0;
  const c = tableCache(text);
  const line = lineIndexOf(c, pos);
  if (!isRow(c, line)) return false;
  const from = c.splitFrom[line]!;
  const count = c.splitCount[line]!;
  let start = c.lineStarts[line]!;
  for (let k = 0; k < count; k++) {
    const split = c.splits[from + k]!;
    into.push(start, split);
    start = split + 1;
  }
  into.push(start, lineEnd(c, line));
  return true;
}

/** Start offset of the line after the one holding `pos`, or the text's length after its last line. */
export function nextLineStart(text: string, pos: number): number {
  const c = tableCache(text);
  return c.lineStarts[lineIndexOf(c, pos) + 1] ?? text.length;
}
