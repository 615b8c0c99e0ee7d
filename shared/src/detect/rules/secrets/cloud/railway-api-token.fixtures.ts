import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'RAILWAY_TOKEN=be07770b-867d-4c80-859b-d3e79e37160b', secret: 'be07770b-867d-4c80-859b-d3e79e37160b' },
    { text: '{"railway_api_token": "66b875b4-4ca4-46ed-b003-7db319434937", "region": "eu-west-1"}', secret: '66b875b4-4ca4-46ed-b003-7db319434937' },
    { text: '  railway_api_token: 6f1413f6-e449-48a1-a6e7-39940c824561', secret: '6f1413f6-e449-48a1-a6e7-39940c824561' },
    { text: 'export RAILWAY_TOKEN="3f0a2a0b-043d-4675-9a20-e066950c97fa"', secret: '3f0a2a0b-043d-4675-9a20-e066950c97fa' },
    { text: 'const railwayApiToken = \'bc79692a-bc75-430f-8fb8-e5222b81003e\';', secret: 'bc79692a-bc75-430f-8fb8-e5222b81003e' },
  ],
  negative: [
    'RAILWAY_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'RAILWAY_TOKEN=<your-railway-api-token>',
    'RAILWAY_TOKEN=${RAILWAY_TOKEN}',
    'RAILWAY_TOKEN=961ce6f4-a76f-42c9-8a86-fba9956f8',
    'RAILWAY_TOKEN=9aaa0e48-6f7a-42af-866b-fe558da1bee7FfW',
    'checksum: 3fa8c345-7ef4-4b57-b080-e23d4de8a48c',
    'const ref = "f1d61f99-6bd9-450c-9d90-4d1408ddbc05";',
  ],
};
export default fixtures;
