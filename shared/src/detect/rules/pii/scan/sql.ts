/**
 * The column a value is inserted into: `passport_no` for the second value of
 * `INSERT INTO people (name, passport_no) VALUES ('Ann', 'X1234567')`, the way a CSV header names a field.
 * Looks back a bounded distance only, so each lookup costs at most a few KB whatever the text; where the
 * keyword `VALUES` occurs is found once per text.
 */

/** How far before the value the `VALUES` keyword may be (multi-row inserts beyond this go unnamed). */
const MAX_TUPLES_BEFORE = 1024;
/** How far before `VALUES` the column list may start. */
const MAX_COLUMN_LIST = 512;

const QUOTE = 39;
const DOUBLE_QUOTE = 34;
const OPEN = 40;
const CLOSE = 41;
const COMMA = 44;

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

const VALUES = /\bvalues\b/gi;

let cachedText: string | undefined;
/** Where the word `values` occurs in the last text asked about, ascending: found in one pass, then looked up. */
let cachedValues: number[] = [];

function valuesPositions(text: string): readonly number[] {
  if (cachedText === text) return cachedValues;
  const positions: number[] = [];
  VALUES.lastIndex = 0;
  for (let m = VALUES.exec(text); m !== null; m = VALUES.exec(text)) positions.push(m.index);
  cachedText = text;
  cachedValues = positions;
  return positions;
}

/** The last `values` keyword in `[from, to)`, or -1. */
function valuesKeyword(text: string, from: number, to: number): number {
  const positions = valuesPositions(text);
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (positions[mid]! < to) low = mid + 1;
    else high = mid;
  }
  const at = low > 0 ? positions[low - 1]! : -1;
  return at >= from ? at : -1;
}

/** The names in the parenthesised column list that ends right before `valuesAt`, or undefined. */
function columnList(text: string, valuesAt: number): string[] | undefined {
  let close = valuesAt - 1;
  while (close > 0 && isSpace(text.charCodeAt(close))) close--;
  if (text.charCodeAt(close) !== CLOSE) return undefined;
  const from = Math.max(0, close - MAX_COLUMN_LIST);
  const inList = text.slice(from, close).lastIndexOf('(');
  if (inList === -1) return undefined;
  const open = from + inList;
  return text
    .slice(open + 1, close)
    .split(',')
    .map((name) => name.trim().replace(/^[`"[]|[`"\]]$/g, ''));
}

/**
 * Which value of its tuple `pos` falls in, reading from `valuesAt` (the `VALUES` keyword): commas at depth 1
 * outside quotes since the tuple opened. -1 when `pos` is not inside a tuple.
 */
function tupleIndex(text: string, valuesAt: number, pos: number): number {
  let depth = 0;
  let quote = 0;
  let index = -1;
  for (let i = valuesAt + 6; i < pos; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === QUOTE || c === DOUBLE_QUOTE) {
      quote = c;
    } else if (c === OPEN) {
      depth++;
      if (depth === 1) index = 0;
    } else if (c === CLOSE) {
      depth--;
      if (depth === 0) index = -1;
    } else if (c === COMMA && depth === 1) {
      index++;
    }
  }
  return depth === 1 ? index : -1;
}

/** The column name `pos` is inserted into by an `INSERT … (columns) VALUES (…)` before it, or undefined. */
export function sqlColumn(text: string, pos: number): string | undefined {
  const valuesAt = valuesKeyword(text, Math.max(0, pos - MAX_TUPLES_BEFORE), pos);
  if (valuesAt === -1) return undefined;
  const columns = columnList(text, valuesAt);
  if (columns === undefined) return undefined;
  const index = tupleIndex(text, valuesAt, pos);
  return index === -1 ? undefined : columns[index];
}
