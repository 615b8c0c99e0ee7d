import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'EGN: 7523169263', secret: '7523169263' },
    { text: 'служител, EGN 8032056031', secret: '8032056031' },
  ],
  negative: [
    // The check digit fails.
    'EGN: 7523169264',
    // Passes, but ten digits alone may be anything.
    'invoice 7523169263 paid',
  ],
};
export default fixtures;
