import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'RAILWAY_TOKEN=811d75a7-26e4-43ed-bcd6-085885d20418', secret: '811d75a7-26e4-43ed-bcd6-085885d20418' },
    { text: '{"railway_api_token": "845dbc1b-b0c8-4b56-84fc-7fc17ba23d0b", "region": "eu-west-1"}', secret: '845dbc1b-b0c8-4b56-84fc-7fc17ba23d0b' },
    { text: '  railway_api_token: b33df0c8-134e-4afb-a91a-726282100fca', secret: 'b33df0c8-134e-4afb-a91a-726282100fca' },
    { text: 'export RAILWAY_TOKEN="16b60666-5e3d-4765-a9b8-9da92c15d619"', secret: '16b60666-5e3d-4765-a9b8-9da92c15d619' },
    { text: 'const railwayApiToken = \'e75a36a1-b3cc-42ab-97fc-8974a7a0ee60\';', secret: 'e75a36a1-b3cc-42ab-97fc-8974a7a0ee60' },
  ],
  negative: [
    'RAILWAY_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'RAILWAY_TOKEN=<your-railway-api-token>',
    'RAILWAY_TOKEN=${RAILWAY_TOKEN}',
    'RAILWAY_TOKEN=735fa2c4-91ba-43aa-a6da-9fba5db27',
    'RAILWAY_TOKEN=1363fe81-426e-45cc-8bc4-bbc0bf90ab00NDY',
    'checksum: 1c035ee1-9a9e-4239-9fe6-b1423e4601a4',
    'const ref = "851448dc-2629-42bb-a9a3-9c4f1eacaf91";',
  ],
};
export default fixtures;
