import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'CPR-nummer: 070761-4285', secret: '070761-4285' },
    { text: 'cpr 2110625629', secret: '2110625629' },
  ],
  negative: [
    // No such day.
    'CPR-nummer: 320761-4285',
    // A date and four digits, unlabelled.
    'sag 070761-4285 lukket',
  ],
};
export default fixtures;
