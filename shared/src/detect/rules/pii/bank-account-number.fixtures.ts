import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'Please wire it to my bank account 945301728846 (routing 021000021)', secret: '945301728846' },
    { text: 'Checking account number: 40817293', secret: '40817293' },
    { text: 'name,routing_number,account_number\nDana Reyes,011000015,30045617289501\n', secret: '30045617289501' },
    { text: 'Kontonummer 5302814769', secret: '5302814769' },
  ],
  negative: [
    'AWS account 945301728846 in us-east-1',
    'account_id: 945301728846',
    'bank account 12345678 (sample)',
    'order 945301728846 shipped',
    'bank account 4081729',
  ],
};
export default fixtures;
