import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'BSN: 111222333', secret: '111222333' },
    { text: 'Burgerservicenummer 1234.56.782', secret: '1234.56.782' },
    { text: 'naam,bsn\nJansen,123456782\n', secret: '123456782' },
  ],
  negative: [
    // The elfproef fails.
    'BSN: 123456789',
    // Passes, but nothing names it: one number in eleven does.
    'order 111222333 shipped',
  ],
};
export default fixtures;
