import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isIsraeliId } from './validate/il-id';

/** Nine digits and a Luhn check (1 in 10 pass): it counts only labelled. */
export const ilId = digitIdRule({
  id: 'il-id',
  title: 'Israeli identity number (Teudat Zehut)',
  severity: 'high',
  shapes: [[9], [8, 1], [7, 1]],
  separators: '-',
  valid: isIsraeliId,
  labels: labels(['teudat zehut', 'תעודת זהות', 'מספר זהות', 'israeli id', 'israeli id number'], ['zehut', 'זהות', 'israeli']),
  needsLabel: true,
  confidence: { labelled: 0.9 },
});
