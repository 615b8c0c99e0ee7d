import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '44051401359',
    { text: 'PESEL: 02270803624', secret: '02270803624' },
    { text: 'imie;nazwisko;pesel\nJan;Kowalski;02070803628\n', secret: '02070803628' },
    { text: 'see 44051401359 109.193.50.109', secret: '44051401359' },
  ],
  negative: [
    'PESEL: 44051401358',
    'mobile 13800138000 and 18612345678',
    'order 44851401359',
    'ts 44051401359123',
  ],
};
export default fixtures;
