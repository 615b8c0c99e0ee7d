import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'NPM_TOKEN=7e0d23bd-bf56-43f2-877c-c1f9a042b17b', secret: '7e0d23bd-bf56-43f2-877c-c1f9a042b17b' },
    { text: '{"npm_auth_token": "a2be2eda-31d8-41d5-bcd5-e193accbe938", "region": "eu-west-1"}', secret: 'a2be2eda-31d8-41d5-bcd5-e193accbe938' },
    { text: '  npm_auth_token: 47576b81-fe37-4bf6-b099-b89d2edf6829', secret: '47576b81-fe37-4bf6-b099-b89d2edf6829' },
    { text: 'export NPM_TOKEN="a84c1964-528b-4ef5-baeb-5933374281f8"', secret: 'a84c1964-528b-4ef5-baeb-5933374281f8' },
    { text: 'const npmAuthToken = \'d79dce5d-0a44-4c98-9e9e-d8b8175257f5\';', secret: 'd79dce5d-0a44-4c98-9e9e-d8b8175257f5' },
    { text: '//npm.pkg.acme.io/:_authToken=7b62e9eb-5ce7-437f-aec4-73441a8139f3', secret: '7b62e9eb-5ce7-437f-aec4-73441a8139f3' },
  ],
  negative: [
    'NPM_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'NPM_TOKEN=<your-npm-legacy-auth-token>',
    'NPM_TOKEN=${NPM_TOKEN}',
    'NPM_TOKEN=6fed3e25-5464-4360-8fc9-4055b245d',
    'NPM_TOKEN=28352ca0-a773-495e-a6c3-1059beb1f074OeN',
    'checksum: 33a4156f-c78d-4c53-abc8-6ff46a58e76f',
    'const ref = "0617bc71-7119-4441-bfaf-ddbb9bc49994";',
  ],
};
export default fixtures;
