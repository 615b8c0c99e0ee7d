import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: '身分證字號：A123456789', secret: 'A123456789' },
    { text: 'Taiwan ID F231567896 on the form', secret: 'F231567896' },
  ],
  negative: [
    // The check digit fails.
    '身分證字號：A123456788',
    // Passes, but unlabelled it is a part number.
    'replace part A123456789 in the pump',
  ],
};
export default fixtures;
