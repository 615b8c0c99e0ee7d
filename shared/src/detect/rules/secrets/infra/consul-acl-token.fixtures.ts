import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'CONSUL_HTTP_TOKEN=3baefa69-bf20-4ead-93ba-ff7fd9604188', secret: '3baefa69-bf20-4ead-93ba-ff7fd9604188' },
    { text: '{"consul_token": "f08a5a1b-94a4-456b-a48f-ce17001d68b3", "region": "eu-west-1"}', secret: 'f08a5a1b-94a4-456b-a48f-ce17001d68b3' },
    { text: '  consul_token: 2587dc0a-ea73-42a9-b12d-0f55265f9d68', secret: '2587dc0a-ea73-42a9-b12d-0f55265f9d68' },
    { text: 'export CONSUL_HTTP_TOKEN="d215f4fb-c49a-4d3a-881e-c771a125cdc5"', secret: 'd215f4fb-c49a-4d3a-881e-c771a125cdc5' },
    { text: 'const consulToken = \'4e23b7a7-6ce5-47f8-9425-4d14c64e81cf\';', secret: '4e23b7a7-6ce5-47f8-9425-4d14c64e81cf' },
  ],
  negative: [
    'CONSUL_HTTP_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CONSUL_HTTP_TOKEN=<your-consul-acl-token>',
    'CONSUL_HTTP_TOKEN=${CONSUL_HTTP_TOKEN}',
    'CONSUL_HTTP_TOKEN=6771613d-5c67-4606-b9ff-5033e94df',
    'CONSUL_HTTP_TOKEN=7004bea6-8377-4424-85ce-cdf87fc9fc67kBg',
    'checksum: 5bc2706d-bc25-4796-a7c6-60b39fa5e3e6',
    'const ref = "0c4e663d-b09f-4481-b534-b4d06364dc4e";',
  ],
};
export default fixtures;
