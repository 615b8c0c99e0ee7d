import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'Fattura intestata a Lucia Ferri, P.IVA 89068180622', secret: '89068180622' },
    { text: 'Partita IVA: 97234390819', secret: '97234390819' },
    { text: 'VAT number: 85640620580', secret: '85640620580' },
  ],
  negative: ['P.IVA 89068180623', 'ordine 89068180622', 'Partita IVA 85640626215', 'VAT 8906818062'],
};
export default fixtures;
