import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'SCW_SECRET_KEY=04912e4c-244f-41c9-9dea-260cc9554226', secret: '04912e4c-244f-41c9-9dea-260cc9554226' },
    { text: '{"scaleway_secret_key": "a4ea9504-4586-41c5-8059-aa4e9570ca18", "region": "eu-west-1"}', secret: 'a4ea9504-4586-41c5-8059-aa4e9570ca18' },
    { text: '  scaleway_secret_key: a2c5b435-ec42-4e02-b1e0-2eb5e634d91d', secret: 'a2c5b435-ec42-4e02-b1e0-2eb5e634d91d' },
    { text: 'export SCW_SECRET_KEY="a3a9140b-ea56-4a7f-815b-4e8105a6c121"', secret: 'a3a9140b-ea56-4a7f-815b-4e8105a6c121' },
    { text: 'const scalewaySecretKey = \'e5a2598b-00fa-468d-a6b3-ae9f31380666\';', secret: 'e5a2598b-00fa-468d-a6b3-ae9f31380666' },
  ],
  negative: [
    'SCW_SECRET_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SCW_SECRET_KEY=<your-scaleway-secret-key>',
    'SCW_SECRET_KEY=${SCW_SECRET_KEY}',
    'SCW_SECRET_KEY=216c3090-128c-44bc-ae50-3d84b3072',
    'SCW_SECRET_KEY=6359da16-147e-4011-ac55-7398f118543fJmG',
    'checksum: 588c339b-1b2a-450f-83eb-74f313fae7a8',
    'const ref = "4c99cae3-0394-4fb8-abb6-d9f8761da760";',
    'SCW_DEFAULT_PROJECT_ID=4ef77af5-7b96-4bd6-9cc9-b221cc551d7e',
  ],
};
export default fixtures;
