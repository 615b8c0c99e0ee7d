import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'OIB: 33392005961', secret: '33392005961' },
    { text: 'djelatnik Ivan Horvat, osobni identifikacijski broj 69435151530', secret: '69435151530' },
  ],
  negative: [
    // The check digit fails.
    'OIB: 33392005962',
    // Passes, but eleven digits alone may be a phone number.
    'nazovite 33392005961',
  ],
};
export default fixtures;
