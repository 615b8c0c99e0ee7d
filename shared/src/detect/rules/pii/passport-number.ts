import { anchoredScannerRule } from '../../define';
import { forEachLabelledIdToken } from './scan/id-token-memo';
import { anchorsOf, labelled, labels } from './scan/label';
import { LabelRegions } from './scan/label-regions';
import { isCalendarDate } from './validate/date';

const PASSPORT_LABELS = labels(
  [
    'passport',
    'passports',
    'passport number',
    'passport no',
    'passport#',
    'passport id',
    'reisepass*',
    'passnummer',
    'passeport',
    'pasaporte',
    'passaporto',
    'paszport',
    'travel document',
    'travel document number',
  ],
  ['passport', 'reisepass', 'passnummer', 'passeport', 'pasaporte', 'passaporto', 'paszport', 'travel'],
);

/** `19800412` (eight digits at `start`): a compact date after `passport issued`, not the passport's number. */
function compactDate(text: string, start: number): boolean {
  const value = text.slice(start, start + 8);
  return /^(?:19|20)\d{6}$/.test(value) && isCalendarDate(Number(value.slice(0, 4)), Number(value.slice(4, 6)), Number(value.slice(6, 8)));
}

/**
 * Passport numbers differ by country (`123456789`, `A12345678`, `C01X00T47`, `12AB34567`) and carry no
 * checksum of their own: 6 to 9 upper-case letters and digits, at least 3 of them digits, right after a
 * passport label.
 */
export const passportNumber = anchoredScannerRule({
  id: 'passport-number',
  title: 'Passport number',
  category: 'pii',
  severity: 'high',
  confidence: 0.6,
  anchors: anchorsOf(PASSPORT_LABELS),
  scan(text, anchorStarts) {
    const hits: Array<{ start: number; end: number }> = [];
    forEachLabelledIdToken(text, 6, 9, false, new LabelRegions(text, anchorStarts, PASSPORT_LABELS), (token) => {
      const length = token.end - token.start;
      if (length < 6 || token.digits < 3 || (length === 8 && token.digits === 8 && compactDate(text, token.start))) return;
      if (labelled(text, token.start, PASSPORT_LABELS)) hits.push({ start: token.start, end: token.end });
    });
    return hits;
  },
});
