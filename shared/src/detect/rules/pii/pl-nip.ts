import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isNip } from './validate/nip';

/**
 * `856-734-62-15`: ten digits and a mod 11 check (1 in 11 pass), the length of a phone number: labelled only.
 * A sole trader's NIP is a person's tax number, printed on every invoice they issue.
 */
export const plNip = digitIdRule({
  id: 'pl-nip',
  title: 'Polish tax identification number (NIP)',
  severity: 'high',
  shapes: [[3, 3, 2, 2], [3, 2, 2, 3], [10]],
  separators: '- ',
  valid: isNip,
  labels: labels(['nip', 'nr nip', 'numer nip', 'numer identyfikacji podatkowej', 'nip ue'], ['nip', 'identyfikacji']),
  needsLabel: true,
  confidence: { labelled: 0.9 },
});
