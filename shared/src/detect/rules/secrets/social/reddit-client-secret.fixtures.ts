import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'REDDIT_CLIENT_SECRET=Tdk5K2ZWzD99oIo24EE0jdGLrkPASU', secret: 'Tdk5K2ZWzD99oIo24EE0jdGLrkPASU' },
    { text: '{"reddit_client_secret": "DBqbVpPH-kR3QbzkQ5fifs3Uhmgxnl"}', secret: 'DBqbVpPH-kR3QbzkQ5fifs3Uhmgxnl' },
    { text: 'reddit_client_secret: XcRFzTUFY9xg_BDif40o-LIkKjYaEI', secret: 'XcRFzTUFY9xg_BDif40o-LIkKjYaEI' },
    { text: 'export REDDIT_CLIENT_SECRET="F5N4NNoH7gXwZ17OgPrR4ChM3CkUIA"', secret: 'F5N4NNoH7gXwZ17OgPrR4ChM3CkUIA' },
    { text: 'const redditClientSecret = \'sQw0NDFWp6HGm_mGorxqaPFEeisCG-\';', secret: 'sQw0NDFWp6HGm_mGorxqaPFEeisCG-' },
  ],
  negative: [
    'REDDIT_CLIENT_SECRET=xxxxxxxxxxxxxxxxxx_xxxxxx_xxxx',
    'REDDIT_CLIENT_SECRET=${REDDIT_CLIENT_SECRET}',
    'REDDIT_CLIENT_SECRET=<your-reddit-client-secret>',
    '"etag": "AQW0mlABGnSmdoEqia_FtSFnQ_Xea3"',
    'REDDIT_CLIENT_SECRET=AQW0mlABGnSmdoEqia_FtSFnQ_Xea3ea3',
    'client_secret=wbXcGm4bwOvLJwqrVUyuKpNn8zjNu3',
  ],
};
export default fixtures;
