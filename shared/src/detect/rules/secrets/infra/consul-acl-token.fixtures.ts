import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'CONSUL_HTTP_TOKEN=81c4205b-89b1-4b03-9302-4708c34781f4', secret: '81c4205b-89b1-4b03-9302-4708c34781f4' },
    { text: '{"consul_token": "6b23e13c-74c3-4ca6-9dfc-fb595b0f999f", "region": "eu-west-1"}', secret: '6b23e13c-74c3-4ca6-9dfc-fb595b0f999f' },
    { text: '  consul_token: c3df32eb-0f10-4faf-b062-41f379a2531c', secret: 'c3df32eb-0f10-4faf-b062-41f379a2531c' },
    { text: 'export CONSUL_HTTP_TOKEN="350a5865-f16a-4047-abb5-9ee611e70ff1"', secret: '350a5865-f16a-4047-abb5-9ee611e70ff1' },
    { text: 'const consulToken = \'30a64583-e113-48d0-b53c-3a52928834ce\';', secret: '30a64583-e113-48d0-b53c-3a52928834ce' },
  ],
  negative: [
    'CONSUL_HTTP_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CONSUL_HTTP_TOKEN=<your-consul-acl-token>',
    'CONSUL_HTTP_TOKEN=${CONSUL_HTTP_TOKEN}',
    'CONSUL_HTTP_TOKEN=6cb2c0ea-7c01-419f-bfc3-86af6ab0f',
    'CONSUL_HTTP_TOKEN=29522c4a-5e4a-403e-94ce-934484538cbe7Xi',
    'checksum: eb4a6f91-272d-4965-92fd-0f610581588a',
    'const ref = "e74c168b-1cce-4e96-ac74-34f32bfd81f2";',
  ],
};
export default fixtures;
