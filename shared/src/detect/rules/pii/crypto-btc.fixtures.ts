import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '1Amsb9TQK8UXw1UnXmz8Lc2RtTVxMgstiG',
    { text: 'Send the payout to 3Ft2KtAV2BBLDXisHnwxJfTvHau5cdKwWo by Friday.', secret: '3Ft2KtAV2BBLDXisHnwxJfTvHau5cdKwWo' },
    { text: '{"wallet":"bc1qvcsaa6ycrs7gkwdj7gk2uwpae0aw5pae6casuz"}', secret: 'bc1qvcsaa6ycrs7gkwdj7gk2uwpae0aw5pae6casuz' },
    { text: 'taproot: bc1pkxpu5xmtgyl4sjfs72px75z0m6aflwwpcguze3tmq9pcdjjykhpshl6amp', secret: 'bc1pkxpu5xmtgyl4sjfs72px75z0m6aflwwpcguze3tmq9pcdjjykhpshl6amp' },
    { text: 'bitcoin:1JaGkvwyD98MSCRPS1kQMMSLkpzovZZ9Lw?amount=0.01', secret: '1JaGkvwyD98MSCRPS1kQMMSLkpzovZZ9Lw' },
  ],
  negative: [
    '1Amsb9TQK8UXw1UnXmz8Lc2RtTVxMgstiH',
    'bc1qvcsaa6ycrs7gkwdj7gk2uwpae0aw5pae6casuq',
    '1Amsb9TQK8UXw1UnXmz8Lc2RtTVxMgstiGextra',
    'id 1111111111111111111111111111111111',
  ],
};
export default fixtures;
