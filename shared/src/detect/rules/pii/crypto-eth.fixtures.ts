import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '0x83C7FC461064EE2cE2A77D2eBd355147fab17239',
    { text: 'Refund went to 0xB395c5c2501294758c32B3F4fBea4a794eD0f5d4 yesterday', secret: '0xB395c5c2501294758c32B3F4fBea4a794eD0f5d4' },
    { text: '{"from":"0x83651ddb22ef7ad5e52c2cab43fc097f67c9441f","value":"0x0"}', secret: '0x83651ddb22ef7ad5e52c2cab43fc097f67c9441f' },
  ],
  negative: [
    '0x83C7FC461064EE2cE2A77D2eBd355147fab17238',
    '0x83c7FC461064EE2cE2A77D2eBd355147fab17239',
    'address(0) == 0x0000000000000000000000000000000000000000',
    '0xdeadbeefdeadbeefdeadbeefdeadbeefdeadbeef',
    '0x83651ddb22ef7ad5e52c2cab43fc097f67c9441f00',
    'commit 83651ddb22ef7ad5e52c2cab43fc097f67c9441f',
  ],
};
export default fixtures;
