import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isAadhaar } from './validate/aadhaar';

/** Twelve digits with a Verhoeff check digit: 1 in 10 numbers of that shape pass, so labelled only. */
export const inAadhaar = digitIdRule({
  id: 'in-aadhaar',
  title: 'Indian Aadhaar number',
  severity: 'high',
  shapes: [[4, 4, 4], [12]],
  separators: ' -',
  valid: isAadhaar,
  // Not `uid` alone: user ids in logs (`uid=…`) are far more common than Aadhaar numbers.
  // In Hindi too (`आधार नंबर`, `आधार संख्या`): its vowel sign is part of the word (see `normalise`).
  labels: labels(
    ['aadhaar', 'aadhar', 'adhaar', 'aadhaar number', 'aadhaar no', 'uidai', 'uid number', 'uid no', 'आधार', 'आधार नंबर', 'आधार संख्या'],
    ['aadhaar', 'aadhar', 'adhaar', 'uid', 'आधार'],
  ),
  needsLabel: true,
  confidence: { labelled: 0.85 },
});
