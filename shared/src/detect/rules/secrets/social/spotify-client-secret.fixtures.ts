import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'SPOTIFY_CLIENT_SECRET=016d5456b5c73cbae5dde85f0d546b0c', secret: '016d5456b5c73cbae5dde85f0d546b0c' },
    { text: '{"spotify_client_secret": "601b1f46d322c1994e22dcbe3055fe08"}', secret: '601b1f46d322c1994e22dcbe3055fe08' },
    { text: 'spotify_client_secret: fbcc4443ff90ace8200bb756f0f5b9f0', secret: 'fbcc4443ff90ace8200bb756f0f5b9f0' },
    { text: 'export SPOTIFY_CLIENT_SECRET="4e5502633ea79ed3d2e8db4eef2e66bd"', secret: '4e5502633ea79ed3d2e8db4eef2e66bd' },
    { text: 'const spotifyClientSecret = \'cf20dca47e16802a3597c416d59bca8e\';', secret: 'cf20dca47e16802a3597c416d59bca8e' },
  ],
  negative: [
    'SPOTIFY_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SPOTIFY_CLIENT_SECRET=${SPOTIFY_CLIENT_SECRET}',
    'SPOTIFY_CLIENT_SECRET=<your-spotify-client-secret>',
    '"etag": "c81b520fa93642589c0e825d4c060620"',
    'SPOTIFY_CLIENT_SECRET=c81b520fa93642589c0e825d4c060620620',
    'SPOTIFY_CLIENT_SECRET=c81b520fa93642589c0e825d4c060',
    'sha = "7b6bd8353d73f4997831a98232292845"',
  ],
};
export default fixtures;
