import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'TWITTER_API_KEY=xfB5dJWSjBsm7NWcIFDUhzXN0', secret: 'xfB5dJWSjBsm7NWcIFDUhzXN0' },
    { text: '{"twitter_api_key": "KqKz5A2iQgmNYDlsWXUl8se11"}', secret: 'KqKz5A2iQgmNYDlsWXUl8se11' },
    { text: 'twitter_api_key: WsBJ65Z5F3PT7dRtfyWwjlAtI', secret: 'WsBJ65Z5F3PT7dRtfyWwjlAtI' },
    { text: 'export TWITTER_API_KEY="LdP56cYu63bPdRUyTjKcZbrp1"', secret: 'LdP56cYu63bPdRUyTjKcZbrp1' },
    { text: 'const twitterApiKey = \'jNGMHHJm1VZ4YbK5DR5vVToGu\';', secret: 'jNGMHHJm1VZ4YbK5DR5vVToGu' },
  ],
  negative: [
    'TWITTER_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxx',
    'TWITTER_API_KEY=${TWITTER_API_KEY}',
    'TWITTER_API_KEY=<your-twitter-api-key>',
    '"etag": "0CdKMRWKjN0iF5WkiH5pIlOri"',
    'TWITTER_API_KEY=0CdKMRWKjN0iF5WkiH5pIlOriOri',
    'TWITTER_API_KEY=0CdKMRWKjN0iF5WkiH5pIl',
    'api_key=Tn9i0EUpNrwga9PB5cYFHI3q3',
  ],
};
export default fixtures;
