import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'RUT: 15.687.392-6', secret: '15.687.392-6' },
    { text: 'cliente Pedro Soto, 9.876.543-3, Santiago', secret: '9.876.543-3' },
    { text: 'rut,nombre\n20456781-6,Camila Rojas\n', secret: '20456781-6' },
    { text: 'mi R.U.T. es 7123456-8', secret: '7123456-8' },
  ],
  negative: [
    // The check digit fails.
    'RUT: 15.687.392-7',
    // Undotted and unlabelled: a number with a dash and one more digit.
    'ticket 20456781-6 closed',
    // A range of amounts, not a check digit.
    'entre 15.687.392-6.000.000 pesos',
  ],
};
export default fixtures;
