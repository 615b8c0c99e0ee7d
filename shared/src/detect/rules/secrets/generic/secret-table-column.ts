import { anchoredScannerRule } from '../../../define';
import { sqlColumn, sqlTuplesAfter } from '../../pii/scan/sql';
import { lineStartOf, nextLineStart, rowCells, tableEndBelow } from '../../pii/scan/table';
import { plausibleSecret } from './generic-secret-assignment';
import { secretNameIn, type KeyKind, type NameRun } from './key-name';
import { isCrediblePassword } from './values';

/** Quotes and blanks around a cell's text: `"api_key"`, ` Vq8… ` in a Markdown table. */
function isCellPadding(c: number): boolean {
  return c === 32 || c === 9 || c === 34 || c === 39 || c === 96 || c === 13;
}

/** Narrows `cell` (a `[start, end)` pair) to its text without padding. */
function trimCell(text: string, cell: { start: number; end: number }): void {
  while (cell.start < cell.end && isCellPadding(text.charCodeAt(cell.start))) cell.start++;
  while (cell.end > cell.start && isCellPadding(text.charCodeAt(cell.end - 1))) cell.end--;
}

/**
 * A header cell: a column's name, words and a few separators (`api_key`, `API Key`, `client-secret`). A line of
 * code splits on its commas too, into cells such as `assert.equal(user.password`: no header.
 */
const COLUMN_NAME = /^[A-Za-z_][\w .#/-]{0,63}$/;

/** What a cell holding a secret is made of: no blank, bracket or quote (code and prose split on commas have them). */
const SECRET_CELL = /^[^\s()[\]{}"'`<>]+$/;

/** A delimiter of a table's cells, or a quote around one. */
function isDelimiterOrQuote(c: number): boolean {
  return c === 44 || c === 59 || c === 9 || c === 124 || c === 34 || c === 39;
}

/** A line's end or the text's (NaN). */
function isLineEnd(c: number): boolean {
  return c === 10 || c === 13 || Number.isNaN(c);
}

/** Longest run of a column's name read around an anchor before the table is asked about. */
const MAX_CELL = 64;

/**
 * The anchor at `hit` stands in a run of name characters and blanks that a delimiter, a quote or the line's end
 * ends on both sides, a delimiter or a quote on one side at least: a header cell, maybe. Most names stand in
 * code or a sentence and are passed over here, before the table around them is worked out.
 */
function mayBeHeaderCell(text: string, hit: number): boolean {
  let start = hit;
  while (start > 0 && hit - start < MAX_CELL && isCellNameChar(text.charCodeAt(start - 1))) start--;
  const before = start === 0 ? Number.NaN : text.charCodeAt(start - 1);
  if (!isDelimiterOrQuote(before) && !isLineEnd(before)) return false;
  let end = hit;
  while (end < text.length && end - hit < MAX_CELL && isCellNameChar(text.charCodeAt(end))) end++;
  const after = end === text.length ? Number.NaN : text.charCodeAt(end);
  return isDelimiterOrQuote(after) || (isLineEnd(after) && isDelimiterOrQuote(before));
}

/** 1 for letters, digits, `_`, `.`, `-`, `#`, `/` and blanks: what `COLUMN_NAME` holds. */
const CELL_NAME_CHARS = Uint8Array.from({ length: 128 }, (_, c) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45 || c === 35 || c === 47 || c === 32 ? 1 : 0,
);

/**
 * A character of a column's name, by table: every secret word in prose is a candidate header cell, and the
 * name is read back and forth from it a character at a time.
 */
function isCellNameChar(c: number): boolean {
  return c < 128 && CELL_NAME_CHARS[c] === 1;
}

/** A cell's value is the secret its column names: random for a key or a token, like a password for a password. */
function isColumnSecret(value: string, kind: KeyKind): boolean {
  if (!SECRET_CELL.test(value)) return false;
  return kind === 'password' ? isCrediblePassword(value) : plausibleSecret(value);
}

/** The secrets of the row on the line at `row`, in the columns `columns` names a kind of secret for. */
function* rowSecrets(
  text: string,
  row: number,
  columns: ReadonlyArray<KeyKind | undefined>,
  cells: number[],
  cell: { start: number; end: number },
): Generator<{ start: number; end: number }> {
  if (!rowCells(text, row, cells) || cells.length !== columns.length * 2) return;
  for (let k = 0; k < columns.length; k++) {
    const kind = columns[k];
    if (kind === undefined) continue;
    cell.start = cells[2 * k]!;
    cell.end = cells[2 * k + 1]!;
    trimCell(text, cell);
    if (cell.end > cell.start && isColumnSecret(text.slice(cell.start, cell.end), kind)) yield { start: cell.start, end: cell.end };
  }
}

/** The longest `COPY` line `COPY_LINE` takes: its table name, its column list and the rest. */
const MAX_COPY_LINE = 1200;

/** `COPY table (columns) FROM stdin;` on its line, the line a dump's tab-separated rows follow. */
const COPY_LINE = /^COPY [^\n(]{1,128}\(([^\n()]{1,1024})\) FROM stdin;[ \t\r]*$/;

/**
 * The columns of the `COPY … FROM stdin` line holding `hit` (what kind of secret each names, if any) and where
 * its rows start, or undefined when the line is no such statement or names no secret.
 */
function copyColumnsAt(text: string, hit: number): { columns: Array<KeyKind | undefined>; rowsFrom: number } | undefined {
  const lineStart = lineStartOf(text, hit);
  if (!text.startsWith('COPY ', lineStart)) return undefined;
  const rowsFrom = nextLineStart(text, hit);
  // Longer than the statement can be: not cut, as every name on a long line would cut it again.
  if (rowsFrom - lineStart > MAX_COPY_LINE) return undefined;
  const match = COPY_LINE.exec(text.slice(lineStart, rowsFrom > lineStart ? rowsFrom - 1 : text.length));
  if (match === null) return undefined;
  let any = false;
  const columns = match[1]!.split(',').map((raw) => {
    const kind = kindOfColumn(raw.trim().replace(/^"|"$/g, ''));
    any ||= kind !== undefined;
    return kind;
  });
  return any ? { columns, rowsFrom } : undefined;
}

/** The line at `row` ends a `COPY`'s rows: `\.` alone. */
function isCopyEnd(text: string, row: number): boolean {
  return text.charCodeAt(row) === 92 && text.charCodeAt(row + 1) === 46 && (row + 2 >= text.length || text.charCodeAt(row + 2) === 10 || text.charCodeAt(row + 2) === 13);
}

/** The kind of secret a column named `name` (cut from a column list) holds, or undefined. */
function kindOfColumn(name: string): KeyKind | undefined {
  return name.length > 0 && name.length <= MAX_CELL && COLUMN_NAME.test(name) ? secretNameIn(name, { start: 0, end: name.length, tooLong: false })?.kind : undefined;
}

/** Longest quoted value read in an `INSERT`'s tuples. */
const MAX_SQL_VALUE = 512;

/**
 * The quoted values in `[from, to)` that an `INSERT` puts in a column named for a secret (`sqlColumn` reads the
 * column list and the tuples, from the last lookup on).
 */
function* insertedSecrets(text: string, from: number, to: number): Generator<{ start: number; end: number }> {
  for (let i = from; i < to; i++) {
    const quote = text.charCodeAt(i);
    if (quote !== 39 && quote !== 34) continue;
    let close = i + 1;
    const stop = Math.min(to, i + 1 + MAX_SQL_VALUE);
    while (close < stop && text.charCodeAt(close) !== quote) close++;
    if (close >= stop) return;
    const column = close > i + 1 ? sqlColumn(text, i + 1) : undefined;
    const kind = column === undefined ? undefined : kindOfColumn(column);
    if (kind !== undefined && isColumnSecret(text.slice(i + 1, close), kind)) yield { start: i + 1, end: close };
    i = close;
  }
}

/**
 * A secret in a column of a delimited table whose header names a secret (`api_key`, `token`, `password`): a CSV
 * or TSV export, a Markdown table, a query's result pasted from a console; and one an SQL `INSERT` puts in such a
 * column (`INSERT INTO integrations (name, api_key) VALUES ('billing', '…')`). The name is in the first line, not
 * next to the value, so the assignment rules cannot see it. Each table is read once, whatever its number of
 * secret columns; a cell's value must look like what its column names (`plausibleSecret`, `isCrediblePassword`).
 */
export const secretTableColumn = anchoredScannerRule({
  id: 'secret-table-column',
  anchors: ['token', 'secret', 'key', 'auth', 'cred', 'pass', 'pwd'],
  title: 'Secret in a table column named for one',
  severity: 'medium',
  confidence: 0.6,
  *scan(text, anchorStarts) {
    const cells: number[] = [];
    const run: NameRun = { start: 0, end: 0, tooLong: false };
    const cell = { start: 0, end: 0 };
    /** Where the last table read ends: anchors inside it (a header's other names, words in cells) are done. */
    let readTo = -1;
    /** The end of the last line found to head no table: its other names need not ask again. */
    let noHeaderTo = -1;
    for (let nth = 0; nth < anchorStarts.length; nth++) {
      const hit = anchorStarts[nth]!;
      if (hit < readTo) continue;
      // A column of an `INSERT … (columns) VALUES (…)`: the tuples after the list the name stands in.
      const tuples = sqlTuplesAfter(text, hit);
      if (tuples !== undefined) {
        readTo = tuples.tuplesEnd;
        yield* insertedSecrets(text, tuples.valuesAt, tuples.tuplesEnd);
        continue;
      }
      // A column of PostgreSQL's `COPY … (columns) FROM stdin;`: the tab-separated rows below, up to `\.`.
      const copied = copyColumnsAt(text, hit);
      if (copied !== undefined) {
        readTo = copied.rowsFrom;
        for (let row = copied.rowsFrom; row < text.length && !isCopyEnd(text, row); row = nextLineStart(text, row)) {
          readTo = nextLineStart(text, row);
          yield* rowSecrets(text, row, copied.columns, cells, cell);
        }
        continue;
      }
      if (hit < noHeaderTo || !mayBeHeaderCell(text, hit)) continue;
      const tableEnd = tableEndBelow(text, hit);
      const lineEnd = nextLineStart(text, hit);
      if (tableEnd < 0 || lineEnd >= text.length || tableEnd < lineEnd) {
        // No table below the line (or none at all): its other names may still be an INSERT's or a COPY's
        // columns, asked about above.
        noHeaderTo = lineEnd;
        continue;
      }
      readTo = tableEnd;
      // The header's cells that name a secret, and of which kind.
      if (!rowCells(text, hit, cells)) continue;
      const columns: Array<KeyKind | undefined> = [];
      let any = false;
      let header = true;
      for (let k = 0; k < cells.length && header; k += 2) {
        cell.start = cells[k]!;
        cell.end = cells[k + 1]!;
        trimCell(text, cell);
        if (cell.end === cell.start) {
          // A Markdown table's outer pipes leave an empty cell at each end.
          columns.push(undefined);
          continue;
        }
        header = COLUMN_NAME.test(text.slice(cell.start, cell.end));
        run.start = cell.start;
        run.end = cell.end;
        const name = header ? secretNameIn(text, run) : undefined;
        columns.push(name?.kind);
        any ||= name !== undefined;
      }
      if (!any || !header) continue;
      // The rows: the lines shaped like the header, past a rule under it (`----+-----` of psql, `+----+` of
      // MySQL's client), which `tableEndBelow` takes in.
      for (let row = nextLineStart(text, hit); row < tableEnd; row = nextLineStart(text, row)) yield* rowSecrets(text, row, columns, cells, cell);
    }
  },
});
