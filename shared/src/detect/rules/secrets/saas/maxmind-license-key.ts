import { anchoredScannerRule } from '../../../define';
import { readsRandom } from '../random-body';
import { isAlphanumeric } from '../token-chars';

/** Characters that may not touch the key on either side: what would make it part of a longer token. */
function continuesToken(code: number): boolean {
  return isAlphanumeric(code) || code === 95 || code === 45 || code === 43 || code === 47 || code === 46;
}

/** Whether `text[from, to)` is letters and digits only. */
function alphanumericRun(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isAlphanumeric(text.charCodeAt(i))) return false;
  return true;
}

/**
 * MaxMind (GeoIP) license key in its current format: 6 base62 characters, `_`, 29 base62 characters, `_mmk`
 * (40 in all). Its distinctive part is the end, so the scanner anchors on `_mmk` and reads the 36 characters
 * before it; the random part must read as random.
 */
export const maxmindLicenseKey = anchoredScannerRule({
  id: 'maxmind-license-key',
  anchors: ['_mmk'],
  title: 'MaxMind license key',
  severity: 'high',
  confidence: 0.95,
  *scan(text, anchorStarts) {
    for (let nth = 0; nth < anchorStarts.length; nth++) {
      const suffix = anchorStarts[nth]!;
      // The anchor matches in any case; the key's end is lowercase.
      if (!text.startsWith('_mmk', suffix)) continue;
      const start = suffix - 36;
      const end = suffix + 4;
      if (start < 0 || text.charCodeAt(start + 6) !== 95) continue;
      if (!alphanumericRun(text, start, start + 6) || !alphanumericRun(text, start + 7, suffix)) continue;
      if (start > 0 && continuesToken(text.charCodeAt(start - 1))) continue;
      if (end < text.length && continuesToken(text.charCodeAt(end)) && text.charCodeAt(end) !== 46) continue;
      yield { start, end };
    }
  },
  validate: (value) => readsRandom(value.slice(0, 6) + value.slice(7, 36)),
});
