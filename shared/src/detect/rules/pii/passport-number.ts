import { labels } from './scan/label';
import { labelledTokenRule } from './scan/labelled-token-rule';
import { isCalendarDate } from './validate/date';
import { germanDocumentNumber } from './scan/german-document';

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
    'pass nr',
    'passeport',
    'pasaporte',
    'passaporto',
    'paszport',
    'travel document',
    'travel document number',
    '여권',
    '여권번호',
    'paspoort*',
    '护照',
    '護照',
    'パスポート',
    '旅券',
  ],
  // `nr` for German's `Pass-Nr.`: `pass` would be every password's.
  ['passport', 'reisepass', 'passnummer', 'passeport', 'pasaporte', 'passaporto', 'paszport', 'paspoort', 'travel', 'nr', '여권', '护照', '護照', 'パスポート', '旅券'],
);

/** `19800412` (eight digits at `start`): a compact date after `passport issued`, not the passport's number. */
function compactDate(text: string, start: number): boolean {
  const value = text.slice(start, start + 8);
  return /^(?:19|20)\d{6}$/.test(value) && isCalendarDate(Number(value.slice(0, 4)), Number(value.slice(4, 6)), Number(value.slice(6, 8)));
}

/**
 * Passport numbers differ by country (`123456789`, `A12345678`, `C01X00T47`, `12AB34567`) and carry no
 * checksum of their own: 6 to 9 upper-case letters and digits, at least 3 of them digits (or one, in Germany's
 * alphabet without vowels), right after a passport label.
 */
export const passportNumber = labelledTokenRule({
  id: 'passport-number',
  title: 'Passport number',
  severity: 'high',
  confidence: 0.6,
  labels: PASSPORT_LABELS,
  minLength: 6,
  maxLength: 9,
  dashes: false,
  accept(text, token) {
    const length = token.end - token.start;
    if (length < 6 || (token.digits < 3 && !germanDocumentNumber(text, token.start, token.end, token.digits))) return false;
    return !(length === 8 && token.digits === 8 && compactDate(text, token.start));
  },
});
