import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '51 824 753 556',
    { text: 'Invoice from Acme Pty Ltd (ABN 53 004 085 616)', secret: '53 004 085 616' },
    { text: 'supplier,abn\nAcme,51824753556\n', secret: '51824753556' },
    // In a list of numbers each printed its own way: a space parts it from a dashed one, or from more digits
    // than a group holds.
    { text: 'copy of the old records: 971-90-5207 80 107 338 338', secret: '80 107 338 338' },
    { text: 'on file: 51 824 753 556 79103085289', secret: '51 824 753 556' },
    { text: 'records: 80 107 338 338 971-90-5207', secret: '80 107 338 338' },
    { text: 'on file: 79103085289 51 824 753 556', secret: '51 824 753 556' },
  ],
  negative: [
    '51 824 753 557',
    'order 51824753556 shipped',
    'ABN 51 824 753 556 7',
    'score 51 824 753 5560',
    // A group more, of a group's size: one longer number.
    'ref 51 824 753 556 123',
  ],
};
export default fixtures;
