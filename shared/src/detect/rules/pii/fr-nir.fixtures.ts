import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    // As the carte Vitale prints it: counts without a label.
    { text: 'carte: 1 84 12 76 451 089 46', secret: '1 84 12 76 451 089 46' },
    { text: 'Numéro de sécurité sociale : 255081416802538', secret: '255081416802538' },
    { text: 'NIR 2550814168025 38', secret: '2550814168025 38' },
  ],
  negative: [
    // The key does not match.
    'NIR : 1 84 12 76 451 089 47',
    // Fifteen bare digits with a matching key, unnamed: one number in 97.
    'ref 255081416802538',
  ],
};
export default fixtures;
