import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'please update 123456782 (TFN) in the payroll system', secret: '123456782' },
    { text: 'TFN: 123 456 782', secret: '123 456 782' },
    { text: 'Please update my tax file number to 876543210.', secret: '876543210' },
    { text: 'employee,tfn\nJack Wilson,123-456-77\n', secret: '123-456-77' },
  ],
  negative: [
    'order 123456782 and then the TFN form',
    'TFN: 123 456 783',
    'invoice 123 456 782',
    'TFN 123 456 782 9',
    'syntax error at 876543210',
  ],
};
export default fixtures;
