import { anchoredScannerRule } from '../../../define';
import { plausibleSecret } from './generic-secret-assignment';
import { isCrediblePassword } from './values';
import { isBlank } from './value-scan';

/** Longest `user:password` argument looked at. */
const MAX_ARGUMENT = 256;

/**
 * The password of a `user:password` argument starting at `at` (optionally quoted), or undefined. The user
 * must be there and not be a reference; the password must look like one and differ from the user.
 */
function passwordOfArgument(text: string, at: number, percentToo: boolean): { start: number; end: number } | undefined {
  let start = at;
  const quote = text[start] === '"' || text[start] === "'" ? text[start] : undefined;
  if (quote !== undefined) start++;
  let colon = -1;
  let end = start;
  const stop = Math.min(text.length, start + MAX_ARGUMENT);
  for (; end < stop; end++) {
    const c = text.charCodeAt(end);
    if (quote !== undefined ? text[end] === quote : c <= 32) break;
    if (c === 10) return undefined;
    if ((c === 58 || (c === 37 && percentToo)) && colon < 0) colon = end;
  }
  if ((end === stop && stop < text.length) || colon <= start || colon === end - 1) return undefined;
  if (quote !== undefined && text[end] !== quote) return undefined;
  const user = text.slice(start, colon);
  const password = text.slice(colon + 1, end);
  if (user.startsWith('$') || user.startsWith('-') || password === user) return undefined;
  if (/^\d+$/.test(password)) return undefined;
  if (!isCrediblePassword(password, 6) && !plausibleSecret(password)) return undefined;
  return { start: colon + 1, end };
}

/**
 * `curl -u user:password`, `--user user:password`, `--user=user:password`, `-uuser:password`, Samba's
 * `-U user%password`, and an option that starts a continued command's next line: the password
 * of a command's credentials option. Numeric pairs (`-u 1000:1000`), references (`$USER:$TOKEN`) and equal
 * halves (`www-data:www-data`) are not credentials.
 */
export const cliUserPassword = anchoredScannerRule({
  id: 'cli-user-password',
  // `\n-u`: an option that starts a line continued from the one before (`curl … \` then `-u user:…`).
  anchors: [' -u', '\t-u', '\n-u', '--user'],
  title: 'Password in a command-line user:password option',
  severity: 'high',
  confidence: 0.75,
  *scan(text, anchorStarts) {
    for (let nth = 0; nth < anchorStarts.length; nth++) {
      const hit = anchorStarts[nth]!;
      let at: number;
      if (text.startsWith('--user', hit)) {
        if (hit > 0 && !isBlank(text.charCodeAt(hit - 1))) continue;
        at = hit + 6;
        if (text[at] !== '=' && !isBlank(text.charCodeAt(at))) continue;
      } else {
        at = hit + 3;
      }
      while (at < text.length && (isBlank(text.charCodeAt(at)) || text[at] === '=')) at++;
      // Samba's tools (`smbclient -U user%password`) part the two with a percent sign.
      const password = passwordOfArgument(text, at, text.charCodeAt(hit + 2) === 85);
      if (password !== undefined) yield password;
    }
  },
});
