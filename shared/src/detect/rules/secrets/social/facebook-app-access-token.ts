import { anchoredScannerRule } from '../../../define';
import { readsRandom } from '../random-body';

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isWordChar(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
}

const SECRET = /(?:[0-9a-f]{32}|[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_-])/y;

/**
 * A Facebook (Meta) app access token, `{app id}|{app secret}` (or `{app id}|{token}` as the Graph API issues
 * it): 15 or 16 digits, a bar, then 32 hex characters or 27 base64url ones. Other scanners' patterns
 * (`\d{15,16}(\||%)[0-9a-z\-_]{27,40}`, in either case) also take 28 to 40 after the bar, and a `%` for it (the
 * bar URL-encoded): those count when they read as random (a record's next field, `…|Visa_Classic_Card_2024`,
 * does not). Anchored on the bar or `%`; the digits before it are read back, at most 16 of them.
 */
export const facebookAppAccessToken = anchoredScannerRule({
  id: 'facebook-app-access-token',
  anchors: ['|', '%'],
  title: 'Facebook / Meta app access token',
  severity: 'critical',
  confidence: 0.9,
  *scan(text, anchorStarts) {
    for (let nth = 0; nth < anchorStarts.length; nth++) {
      const bar = anchorStarts[nth]!;
      let start = bar;
      while (start > 0 && bar - start <= 16 && isDigit(text.charCodeAt(start - 1))) start--;
      const digits = bar - start;
      if (digits < 15 || digits > 16 || (start > 0 && isWordChar(text.charCodeAt(start - 1)))) continue;
      SECRET.lastIndex = bar + 1;
      const match = SECRET.exec(text);
      if (match === null) continue;
      const secret = match[0];
      // Random, not a run of one class: hex with letters and digits, base64url with both cases and a digit.
      if (!/[0-9]/.test(secret) || !/[a-zA-Z]/.test(secret)) continue;
      const issued = text.charCodeAt(bar) === 124 && (secret.length === 32 ? /^[0-9a-f]+$/.test(secret) : secret.length === 27 && /[a-z]/.test(secret) && /[A-Z]/.test(secret));
      if (!issued && !readsRandom(secret)) continue;
      yield { start, end: bar + 1 + secret.length };
    }
  },
});
