import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'PAN: ABCPE1234F', secret: 'ABCPE1234F' },
    { text: 'Please link PAN card AAACR5055K to the account', secret: 'AAACR5055K' },
    { text: 'name,pan\nRavi Kumar,BNZPM2501F\n', secret: 'BNZPM2501F' },
  ],
  negative: [
    'PAN: ABCXE1234F',
    'SKU ABCPE1234F in stock',
    'PAN ABCPE1234FG',
    'pan abcpe1234f',
  ],
};
export default fixtures;
