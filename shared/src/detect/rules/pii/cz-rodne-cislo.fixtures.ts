import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'Rodné číslo: 736028/5163', secret: '736028/5163' },
    { text: 'rodne cislo 7103192745, trvalé bydliště Brno', secret: '7103192745' },
  ],
  negative: [
    // Not a multiple of 11.
    'Rodné číslo: 736028/5164',
    // Passes, but without a label it may be a date and a number.
    'spis 736028/5163 založen',
  ],
};
export default fixtures;
