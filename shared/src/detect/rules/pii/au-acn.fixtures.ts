import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'Acme Holdings Pty Ltd ACN 202 954 756', secret: '202 954 756' },
    { text: 'Australian Company Number: 678924073', secret: '678924073' },
    { text: 'company,acn\nKookaburra Freight,967912474\n', secret: '967912474' },
  ],
  negative: ['ACN 202 954 757', 'order 202 954 756 shipped', 'ACN 202 954 756 1', 'tracking 678924073'],
};
export default fixtures;
