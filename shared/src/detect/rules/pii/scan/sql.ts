import { forgetsScannedText } from '../../../text-caches';

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
  if (cachedText === text) {
    // Keeps the newest of equal strings: the next lookups compare by reference, not content (see digits.ts).
    cachedText = text;
    return cachedValues;
  }
  const positions: number[] = [];
  VALUES.lastIndex = 0;
  for (let m = VALUES.exec(text); m !== null; m = VALUES.exec(text)) positions.push(m.index);
  cachedText = text;
  cachedValues = positions;
  lastBefore = 0;
  columnLists = new Map();
  walk = { valuesAt: -1, at: 0, depth: 0, quote: 0, index: -1 };
  return positions;
}

/** The answer of the last `valuesBefore`: lookups come in text order, mostly for the same or the next keyword. */
let lastBefore = 0;

/** How many `values` keywords of the current text start before `to`. */
function valuesBefore(positions: readonly number[], to: number): number {
  const n = positions.length;
  for (let k = Math.min(lastBefore, n); k <= n && k <= lastBefore + 1; k++) {
    if ((k === 0 || positions[k - 1]! < to) && (k === n || positions[k]! >= to)) return (lastBefore = k);
  }
  let low = 0;
  let high = n;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (positions[mid]! < to) low = mid + 1;
    else high = mid;
  }
  return (lastBefore = low);
}

/** The last `values` keyword in `[from, to)`, or -1. */
function valuesKeyword(text: string, from: number, to: number): number {
  const positions = valuesPositions(text);
  const before = valuesBefore(positions, to);
  const at = before > 0 ? positions[before - 1]! : -1;
  return at >= from ? at : -1;
}

/** The names in the parenthesised column list that ends right before `valuesAt`, or undefined. */
function columnList(text: string, valuesAt: number): string[] | undefined {
  let close = valuesAt - 1;
  while (close > 0 && isSpace(text.charCodeAt(close))) close--;
  if (text.charCodeAt(close) !== CLOSE) return undefined;
  const from = Math.max(0, close - MAX_COLUMN_LIST);
  // By hand, bounded: a native search back from the list's end would read on to the text's start.
  let open = close - 1;
  while (open >= from && text.charCodeAt(open) !== OPEN) open--;
  if (open < from) return undefined;
  return text
    .slice(open + 1, close)
    .split(',')
    .map(columnName);
}

const BACKTICK = 96;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/** A column name as written, trimmed, without one opening and one closing quote or bracket (`` `ssn` ``, `[ssn]`). */
function columnName(raw: string): string {
  const name = raw.trim();
  let from = 0;
  let to = name.length;
  const first = name.charCodeAt(0);
  if (first === BACKTICK || first === DOUBLE_QUOTE || first === OPEN_BRACKET) from = 1;
  const last = name.charCodeAt(to - 1);
  if (to > from && (last === BACKTICK || last === DOUBLE_QUOTE || last === CLOSE_BRACKET)) to--;
  return from === 0 && to === name.length ? name : name.slice(from, to);
}

/** Where a walk through the tuples after one `VALUES` stopped, and what it had read up to there. */
interface TupleWalk {
  valuesAt: number;
  at: number;
  depth: number;
  quote: number;
  index: number;
}

/**
 * The walk of the last lookup: rules ask about values in text order, so the next lookup after the same
 * `VALUES` reads on from where this one stopped instead of from the keyword (a long multi-row insert would
 * otherwise be read again for every number in it).
 */
let walk: TupleWalk = { valuesAt: -1, at: 0, depth: 0, quote: 0, index: -1 };
/** Column lists by the offset of their `VALUES`, for the text of `cachedText`. */
let columnLists = new Map<number, string[] | undefined>();
forgetsScannedText(() => {
  cachedText = undefined;
  cachedValues = [];
  columnLists = new Map();
});

/**
 * Which value of its tuple `pos` falls in, reading from `valuesAt` (the `VALUES` keyword): commas at depth 1
 * outside quotes since the tuple opened. -1 when `pos` is not inside a tuple.
 */
function tupleIndex(text: string, valuesAt: number, pos: number): number {
  if (walk.valuesAt !== valuesAt || walk.at > pos) {
    // Reset in place: every rule reads the text from its start again, so this happens per value and rule.
    walk.valuesAt = valuesAt;
    walk.at = valuesAt + 6;
    walk.depth = 0;
    walk.quote = 0;
    walk.index = -1;
  }
  let { depth, quote, index } = walk;
  for (let i = walk.at; i < pos; i++) {
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
  walk.at = Math.max(walk.at, pos);
  walk.depth = depth;
  walk.quote = quote;
  walk.index = index;
  return depth === 1 ? index : -1;
}

/** `columnList`, once per `VALUES` of the current text. */
function columnsBefore(text: string, valuesAt: number): string[] | undefined {
  const known = columnLists.get(valuesAt);
  if (known !== undefined || columnLists.has(valuesAt)) return known;
  const columns = columnList(text, valuesAt);
  columnLists.set(valuesAt, columns);
  return columns;
}

/** The column name `pos` is inserted into by an `INSERT … (columns) VALUES (…)` before it, or undefined. */
export function sqlColumn(text: string, pos: number): string | undefined {
  const valuesAt = valuesKeyword(text, Math.max(0, pos - MAX_TUPLES_BEFORE), pos);
  if (valuesAt === -1) return undefined;
  const columns = columnsBefore(text, valuesAt);
  if (columns === undefined) return undefined;
  const index = tupleIndex(text, valuesAt, pos);
  return index === -1 ? undefined : columns[index];
}

/**
 * How far after a label a value may be that an `INSERT` puts in the column the label names, when a `VALUES`
 * keyword follows the label closely enough for the label to be in its column list; 0 otherwise.
 */
export function sqlReachAfter(text: string, labelAt: number): number {
  const valuesAt = sqlValuesAfter(text, labelAt);
  return valuesAt === -1 ? 0 : valuesAt - labelAt + MAX_TUPLES_BEFORE;
}

/**
 * The `VALUES` keyword that follows a label at `labelAt` closely enough for the label to be in its column list,
 * and where the tuples it names values in end: `{ valuesAt, tuplesEnd }`, or undefined.
 */
export function sqlTuplesAfter(text: string, labelAt: number): { valuesAt: number; tuplesEnd: number } | undefined {
  const valuesAt = sqlValuesAfter(text, labelAt);
  return valuesAt === -1 ? undefined : { valuesAt, tuplesEnd: Math.min(text.length, valuesAt + MAX_TUPLES_BEFORE) };
}

/** The `VALUES` keyword a label at `labelAt` may be in the column list of, or -1. */
function sqlValuesAfter(text: string, labelAt: number): number {
  return valuesKeyword(text, labelAt, labelAt + MAX_COLUMN_LIST + 64);
}
