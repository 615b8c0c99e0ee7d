import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'National Insurance number: JG 10 37 59 A', secret: 'JG 10 37 59 A' },
    { text: 'NINO AB123456C on the payslip', secret: 'AB123456C' },
    { text: 'employee,ni_number\nTom Hardy,ZX987654D\n', secret: 'ZX987654D' },
    { text: 'my NI number is AB123456.', secret: 'AB123456' },
    { text: 'NINO: PZ 481203 B', secret: 'PZ 481203 B' },
    { text: 'ni number jg103759a', secret: 'jg103759a' },
    { text: 'NINO ab123456c', secret: 'ab123456c' },
    // Grouped as HMRC prints it, in capitals with its suffix, it stands on its own.
    { text: 'Tom Hardy, JG 10 37 59 A, payroll 2025', secret: 'JG 10 37 59 A' },
  ],
  negative: [
    'NINO QQ123456C (the HMRC example)',
    'part AB123456C in stock',
    'NI number: GB123456A',
    'national insurance AB1234567C',
    'part PZ 481203 B in stock',
    'grid jg 10 37 59 a',
    'part JG 10 37 59 in stock',
  ],
};
export default fixtures;
