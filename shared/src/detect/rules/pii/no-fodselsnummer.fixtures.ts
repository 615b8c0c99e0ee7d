import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'Fødselsnummer: 151086 95088', secret: '151086 95088' },
    { text: 'fnr 10048745526', secret: '10048745526' },
  ],
  negative: [
    // A check digit fails.
    'Fødselsnummer: 15108695077',
    // Passes, but eleven digits alone may be a phone number.
    'ring 15108695088',
  ],
};
export default fixtures;
