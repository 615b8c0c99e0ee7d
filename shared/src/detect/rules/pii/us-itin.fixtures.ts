import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '912-70-1234',
    { text: 'Filer ITIN: 955-82-4410 (no SSN)', secret: '955-82-4410' },
    { text: 'name,itin\nAna Ruiz,978 94 0172\n', secret: '978 94 0172' },
    { text: '{"itin": "912941840"}', secret: '912941840' },
    { text: 'W-7 approved, taxpayer id 999.50.6612', secret: '999.50.6612' },
    { text: 'SSN/ITIN: 928-80-4232', secret: '928-80-4232' },
    // Dashed, then a space and another number: two numbers of a list.
    { text: 'copy of the old records: 971-90-5207 80 107 338 338', secret: '971-90-5207' },
    { text: 'records: 80 107 338 338 971-90-5207', secret: '971-90-5207' },
  ],
  negative: [
    'ITIN 912-49-1234 is outside the issued groups',
    'case 912-70-0000',
    'order 912701234 shipped',
    'part 1912-70-12345',
    'phone 912-701-2345',
    'Test fixture uses SSN 928-80-4232 (invalid by construction)',
  ],
};
export default fixtures;
