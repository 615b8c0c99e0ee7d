import { anchoredScannerRule } from '../../../define';
import { givenPassword } from './command-arguments';

/**
 * Ports a `.pgpass` line names, with the colons around them, or `*` for any: PostgreSQL's own and its usual
 * neighbours (a second cluster, PgBouncer, DigitalOcean's managed port, CockroachDB's). A line is looked at only
 * where one of them stands, so a line for another port is not read.
 */
const PORT_ANCHORS = [':*:', ':5432:', ':5433:', ':5434:', ':6432:', ':25060:', ':26257:'];

/** Longest host looked back over from the port. */
const MAX_HOST = 253;
/** Longest database, user or password field read. */
const MAX_FIELD = 256;

/**
 * A line of PostgreSQL's password file (`~/.pgpass`, `PGPASSFILE`): `host:port:database:user:password`, where
 * each of the first four may be `*`. The format says the last field is the password, so a plain one counts (at
 * the lower confidence of plain passwords). `:` and `\` inside a field are escaped with `\`.
 */
export const pgpassLine = anchoredScannerRule({
  id: 'pgpass-line',
  anchors: PORT_ANCHORS,
  title: 'Password in a PostgreSQL password file line',
  severity: 'high',
  confidence: 0.7,
  *scan(text, anchorStarts) {
    let lineDone = -1;
    for (let nth = 0; nth < anchorStarts.length; nth++) {
      const colon = anchorStarts[nth]!;
      if (colon < lineDone) continue;
      const host = hostStart(text, colon);
      if (host < 0) continue;
      // The port's field, then the database's and the user's: each ends at an unescaped colon.
      let at = colon + 1;
      for (let field = 0; field < 3 && at >= 0; field++) at = fieldEnd(text, at, true);
      if (at < 0) continue;
      const end = fieldEnd(text, at, false);
      lineDone = Math.max(at, end);
      if (end <= at || !endsLine(text, end)) continue;
      // `*` (any password) is neither a credible nor a plain one.
      const password = givenPassword(text, at, end);
      if (password !== undefined) yield password;
    }
  },
});

/**
 * Where the host before the port's colon starts, when it starts its line (after blanks only): a name, an
 * address or `*`. -1 otherwise.
 */
function hostStart(text: string, colon: number): number {
  const floor = Math.max(0, colon - MAX_HOST);
  let i = colon;
  while (i > floor && isHostChar(text.charCodeAt(i - 1))) i--;
  if (i === colon) return -1;
  const start = i;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  return i === 0 || text.charCodeAt(i - 1) === 10 ? start : -1;
}

function isHostChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 95 || c === 42;
}

/**
 * After the field starting at `at`: past its colon when `colonEnds` (-1 when the line, a blank or `MAX_FIELD`
 * comes first), or the offset where the last field ends (a blank, the line's end or the text's).
 */
function fieldEnd(text: string, at: number, colonEnds: boolean): number {
  const stop = Math.min(text.length, at + MAX_FIELD);
  for (let i = at; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      i++;
      continue;
    }
    if (c === 58) return colonEnds && i > at ? i + 1 : -1;
    if (c === 10 || c === 13 || c === 32 || c === 9) return colonEnds ? -1 : i;
  }
  return colonEnds || stop < text.length ? -1 : stop;
}

/** Only blanks from `at` to the line's end. */
function endsLine(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 13)) i++;
  return i === text.length || text.charCodeAt(i) === 10;
}
