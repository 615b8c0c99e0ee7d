import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '131052-308T',
    { text: 'Henkilötunnus: 010594Y9032', secret: '010594Y9032' },
    { text: 'nimi;hetu\nMatti Meikäläinen;020502E902X\n', secret: '020502E902X' },
    { text: 'born 2001, id 010101A123N.', secret: '010101A123N' },
  ],
  negative: [
    '131052-308U',
    '310252-308T',
    'ref 131052-308TX',
    'v1.131052-308T',
    '131052-30T',
  ],
};
export default fixtures;
