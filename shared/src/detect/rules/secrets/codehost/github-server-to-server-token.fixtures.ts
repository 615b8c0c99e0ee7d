import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'ghs_l7tbiFpKQkbFgIny1Gy7Js3S4Rdg97T5EHPy',
    { text: 'GITHUB_TOKEN=ghs_gJyOvLCPXhmeal2yKTBoqCKocQVQL2lXz9JF', secret: 'ghs_gJyOvLCPXhmeal2yKTBoqCKocQVQL2lXz9JF' },
    { text: '{"installation_token": "ghs_bhbsjQ9CswFNhxjGwuomkqLWZYzXGRUJWik1", "region": "eu-west-1"}', secret: 'ghs_bhbsjQ9CswFNhxjGwuomkqLWZYzXGRUJWik1' },
    { text: '  installation_token: ghs_0zOhKx9W9TloT25A2wxdBG9QO1I6gYe1ZWpx', secret: 'ghs_0zOhKx9W9TloT25A2wxdBG9QO1I6gYe1ZWpx' },
    { text: 'export GITHUB_TOKEN="ghs_3h7xfrmIPz23Ho5sakBJfCz28hy4PrccHuvh"', secret: 'ghs_3h7xfrmIPz23Ho5sakBJfCz28hy4PrccHuvh' },
    { text: 'const installationToken = \'ghs_nmbGJ7TnHFjm2THBaFqltLOKX7GLiawKJ9zY\';', secret: 'ghs_nmbGJ7TnHFjm2THBaFqltLOKX7GLiawKJ9zY' },
  ],
  negative: [
    'GITHUB_TOKEN=ghs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'GITHUB_TOKEN=<your-github-server-to-server-token>',
    'GITHUB_TOKEN=${GITHUB_TOKEN}',
    'GITHUB_TOKEN=ghs_k1nPM1ukxozg2slO87pSAFxi93NOZjz2D',
    'GITHUB_TOKEN=ghs_vaLCzLlg1xHinrb5Mwwwu0oUKUbJAmvSkCSSYjO',
  ],
};
export default fixtures;
