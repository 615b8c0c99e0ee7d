import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isMyNumber } from './validate/my-number';

/** Twelve digits and a check digit: one number in ten passes, so it counts only labelled. */
export const jpMyNumber = digitIdRule({
  id: 'jp-my-number',
  title: 'Japanese Individual Number (My Number)',
  severity: 'high',
  shapes: [[12], [4, 4, 4]],
  separators: ' -',
  valid: isMyNumber,
  labels: labels(['my number', 'mynumber', 'individual number', 'マイナンバー', '個人番号'], ['number', 'マイナンバー', '個人番号']),
  needsLabel: true,
  confidence: { labelled: 0.9 },
});
