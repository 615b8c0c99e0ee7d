import { anchoredScannerRule } from '../../../define';
import { shannonEntropy } from '../../../entropy';
import { isAlphanumeric } from '../token-chars';

/** How far from its access key id a secret access key is looked for, either side, across lines. */
const REACH = 400;
const ACCESS_KEY_ID = /(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/y;
const KEY_LENGTH = 40;

function isKeyChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47;
}
/** A secret access key's shape: 40 base64 characters, both cases and a digit, near-random. */
function looksLikeSecretKey(value: string): boolean {
  return /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value) && shannonEntropy(value) >= 4.2;
}

/**
 * An AWS secret access key written near its access key id, as people paste them into a question: "my key is
 * AKIA… and the secret, which I rotated yesterday, is wJalr…", on the next lines, or before the id. Every run
 * of exactly 40 base64 characters within 400 characters of a real key id is a candidate; the windows of
 * nearby ids are merged, so each character is read once.
 */
export const awsSecretAccessKeyNearId = anchoredScannerRule({
  id: 'aws-secret-access-key-near-id',
  anchors: ['akia', 'asia'],
  title: 'AWS secret access key next to its access key id',
  severity: 'critical',
  confidence: 0.85,
  *scan(text, anchorStarts) {
    let scannedTo = 0;
    for (let nth = 0; nth < anchorStarts.length; nth++) {
      const at = anchorStarts[nth]!;
      if (at > 0 && isAlphanumeric(text.charCodeAt(at - 1))) continue;
      ACCESS_KEY_ID.lastIndex = at;
      if (!ACCESS_KEY_ID.test(text)) continue;
      const from = Math.max(scannedTo, at - REACH);
      const to = Math.min(text.length, at + 20 + REACH);
      // Runs of key characters in [from, to); a run cut by the window's start is not a whole value.
      let i = from;
      if (i > 0 && isKeyChar(text.charCodeAt(i - 1))) while (i < to && isKeyChar(text.charCodeAt(i))) i++;
      while (i < to) {
        if (!isKeyChar(text.charCodeAt(i))) {
          i++;
          continue;
        }
        const start = i;
        while (i < text.length && i - start <= KEY_LENGTH && isKeyChar(text.charCodeAt(i))) i++;
        if (i - start === KEY_LENGTH && !isKeyChar(text.charCodeAt(i)) && text.charCodeAt(i) !== 61 && looksLikeSecretKey(text.slice(start, i))) {
          yield { start, end: i };
        }
        while (i < text.length && isKeyChar(text.charCodeAt(i))) i++;
      }
      scannedTo = Math.max(to, i);
    }
  },
});
