import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '51 824 753 556',
    { text: 'Invoice from Acme Pty Ltd (ABN 53 004 085 616)', secret: '53 004 085 616' },
    { text: 'supplier,abn\nAcme,51824753556\n', secret: '51824753556' },
  ],
  negative: [
    '51 824 753 557',
    'order 51824753556 shipped',
    'ABN 51 824 753 556 7',
    'score 51 824 753 5560',
  ],
};
export default fixtures;
