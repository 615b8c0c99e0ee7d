import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isPersonnummer } from './validate/personnummer';

/** Twelve digits carry the century (`19811218-9876`; 19 or 20 for anyone alive); ten leave it out. */
function valid(digits: string): boolean {
  if (digits.length === 12) {
    const century = Number(digits.slice(0, 2));
    return (century === 19 || century === 20) && isPersonnummer(digits.slice(2), century);
  }
  return isPersonnummer(digits);
}

/**
 * A date and a Luhn digit: dated references (`240115-0042`) pass 1 time in 10, so a personnummer needs a
 * label in every printing (`-`, `+` for people over 100, or none).
 */
export const sePersonnummer = digitIdRule({
  id: 'se-personnummer',
  title: 'Swedish personal identity number (personnummer)',
  severity: 'high',
  shapes: [[6, 4], [8, 4], [10], [12]],
  separators: '-+',
  valid,
  labels: labels(
    ['personnummer', 'personnr', 'person nr', 'pnr', 'personal identity number', 'personal identity code', 'personal number', 'samordningsnummer', 'swedish id'],
    ['person', 'pnr', 'samordning', 'swedish'],
  ),
  needsLabel: true,
  confidence: { labelled: 0.9 },
});
