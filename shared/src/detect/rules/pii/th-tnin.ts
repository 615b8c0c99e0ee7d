import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isThaiNationalId } from './validate/tnin';

/**
 * Thai national ID, printed `1-2345-67890-12-1` as on the card: that grouping with its mod 11 check is one on its
 * own; thirteen bare digits (a millisecond timestamp's length) need a label.
 */
export const thTnin = digitIdRule({
  id: 'th-tnin',
  title: 'Thai national identification number',
  severity: 'high',
  shapes: [[1, 4, 5, 2, 1], [13]],
  separators: '-',
  valid: isThaiNationalId,
  // In Thai too, as the card and forms print it ("identification number", "ID card number", "ID card"); their
  // anchor is "citizen", the word all three end with.
  labels: labels(
    [
      'thai id',
      'thai national id',
      'thai id card',
      'national id',
      'national id number',
      'citizen id',
      'id card number',
      'tnin',
      'เลขประจำตัวประชาชน',
      'เลขบัตรประชาชน',
      'บัตรประชาชน',
    ],
    ['id', 'tnin', 'ประชาชน'],
  ),
  needsLabel: (found) => found.sep === -1,
  confidence: { labelled: 0.9, unlabelled: 0.8 },
});
