import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'napi_033tql1ab646132cjahsw308rf21n9pqtyfb9tk5nwwfsevdu7gner1v9x3qy3br',
    { text: 'NEON_API_KEY=napi_mnklo4foknzci06ga9k374mkqk1i3xlgoibvvrugpat2v17ly9uga7jtsj825idy', secret: 'napi_mnklo4foknzci06ga9k374mkqk1i3xlgoibvvrugpat2v17ly9uga7jtsj825idy' },
    { text: '{"neon_api_key": "napi_ejbtra84xtvt09nf4yxhrsphx70blo92ynqchlpoha1hmqwz2sokzmm1bsn0gq4w", "region": "eu-west-1"}', secret: 'napi_ejbtra84xtvt09nf4yxhrsphx70blo92ynqchlpoha1hmqwz2sokzmm1bsn0gq4w' },
    { text: '  neon_api_key: napi_44szkt45qwcn3cgat5wt4x8jksao5d6lfhz5vjjrwdrvz2o6ws0lb96hdqfgzc4i', secret: 'napi_44szkt45qwcn3cgat5wt4x8jksao5d6lfhz5vjjrwdrvz2o6ws0lb96hdqfgzc4i' },
    { text: 'export NEON_API_KEY="napi_oxx5nepti9h3yakyg80x5xliwsaaia700y9cawhgeegepkz0k6kir3yyjef09r0s"', secret: 'napi_oxx5nepti9h3yakyg80x5xliwsaaia700y9cawhgeegepkz0k6kir3yyjef09r0s' },
    { text: 'const neonApiKey = \'napi_ernp5l07q3x20wie3c6dedryevracdbcov1p6bqnl22pjvdts7ea4ea68pd5m742\';', secret: 'napi_ernp5l07q3x20wie3c6dedryevracdbcov1p6bqnl22pjvdts7ea4ea68pd5m742' },
  ],
  negative: [
    'NEON_API_KEY=napi_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'NEON_API_KEY=<your-neon-api-key>',
    'NEON_API_KEY=${NEON_API_KEY}',
    'NEON_API_KEY=napi_q622ayen0q4awphgqvi9xmgp6ueocjf7bnhfoulxo5sdrjs0uklgwe8au03ew',
    'NEON_API_KEY=napi_gqts24emigahwa0wxidddhe141tmp2ubx0qm88epe17zaav31e7nmdweebjjia1kBYZ',
  ],
};
export default fixtures;
