import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'CNP: 1630615123457', secret: '1630615123457' },
    { text: 'angajat nou, cod numeric personal 2850314400011', secret: '2850314400011' },
  ],
  negative: [
    // The check digit fails.
    'CNP: 1630615123458',
    // Passes, but thirteen digits alone may be a timestamp in milliseconds.
    'created_at 1630615123457',
  ],
};
export default fixtures;
