import { anchoredScannerRule } from '../../../define';
import { isAlphanumeric, isBase64Char } from '../token-chars';

/** Base64 of the token id's 16 bytes, before its `==`. */
const ID_LENGTH = 22;
/** The secret's part after the colon. */
const SECRET_LENGTH = 32;

/** Whether every character of `[from, to)` passes `test`. */
function all(text: string, from: number, to: number, test: (c: number) => boolean): boolean {
  for (let i = from; i < to; i++) if (!test(text.charCodeAt(i))) return false;
  return true;
}

/**
 * A Tableau personal access token's secret: base64 of 16 bytes (22 characters and `==`), a colon, and 32
 * letters and digits (`YMqN…Cw==:KTam…5aJ3`), which Tableau shows once and `tabcmd`/REST sign-ins take with the
 * token's name. Anchored on the `==:` between the halves; both must have exactly their length.
 */
export const tableauPersonalAccessToken = anchoredScannerRule({
  id: 'tableau-personal-access-token',
  anchors: ['==:'],
  title: 'Tableau personal access token secret',
  severity: 'critical',
  confidence: 0.9,
  requires: { digit: true, lower: true, upper: true },
  *scan(text, anchorStarts) {
    for (let k = 0; k < anchorStarts.length; k++) {
      const at = anchorStarts[k]!;
      const start = at - ID_LENGTH;
      const end = at + 3 + SECRET_LENGTH;
      if (start < 0 || end > text.length) continue;
      if (start > 0 && isBase64Char(text.charCodeAt(start - 1))) continue;
      if (end < text.length && isAlphanumeric(text.charCodeAt(end))) continue;
      if (!all(text, start, at, isBase64Char) || !all(text, at + 3, end, isAlphanumeric)) continue;
      yield { start, end };
    }
  },
});
