import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'Sozialversicherungsnummer: 15 070649 C 103', secret: '15 070649 C 103' },
    { text: 'SV-Nr. 15070649C103 liegt vor', secret: '15070649C103' },
  ],
  negative: [
    // The check digit fails.
    'Sozialversicherungsnummer: 15 070649 C 104',
    // Passes, but unlabelled.
    'Vorgang 15070649C103 abgeschlossen',
  ],
};
export default fixtures;
