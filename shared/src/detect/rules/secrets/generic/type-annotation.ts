import { isBlank } from './value-scan';

/**
 * A typed declaration's annotation between a name and its `=`: `apiKey: string = "…"`, `password : Option<&str> =`,
 * `token: str | None = …`. The definition: `:`, at most four blanks, a type of at most 41 characters that starts
 * with a letter, `_`, `&`, `[` or `(`, at most four blanks and an `=` that is no `==`, `=>` or `=~`. The reader
 * below is the same test by hand: it runs after every name followed by `:`, and a text dense with
 * `password: …` lines ran the regex at each of them.
 */
export const TYPE_ANNOTATION = /:[ \t]{0,4}[&A-Za-z_[(][\w.<>[\]&'?*|, ()]{0,40}?[ \t]{1,4}=(?![=>~])/y;

/** The longest type TYPE_ANNOTATION allows after its first character. */
const TYPE_REST = 40;

const TYPE_FIRST = new Uint8Array(128);
const TYPE_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[&A-Za-z_[(]/.test(ch)) TYPE_FIRST[c] = 1;
  if (/[\w.<>[\]&'?*|, ()]/.test(ch)) TYPE_CHAR[c] = 1;
}

/** Where TYPE_ANNOTATION's match at the `:` at `colon` ends, or -1 when it does not match there. */
export function typeAnnotationEnd(text: string, colon: number): number {
  if (text.charCodeAt(colon) !== 58) return -1;
  let at = colon + 1;
  const blanksStop = at + 4;
  while (at < blanksStop && isBlank(text.charCodeAt(at))) at++;
  const first = text.charCodeAt(at);
  if (!(first < 128 && TYPE_FIRST[first] === 1)) return -1;
  // As the lazy quantifier does: at each end of the type, the blanks and `=` first, then one more type character.
  const stop = at + 1 + TYPE_REST;
  for (let end = at + 1; ; end++) {
    let equals = end;
    while (equals - end < 4 && isBlank(text.charCodeAt(equals))) equals++;
    if (equals > end && text.charCodeAt(equals) === 61) {
      const next = text.charCodeAt(equals + 1);
      if (next !== 61 && next !== 62 && next !== 126) return equals + 1;
    }
    if (end === stop) return -1;
    const c = text.charCodeAt(end);
    if (!(c < 128 && TYPE_CHAR[c] === 1)) return -1;
  }
}
