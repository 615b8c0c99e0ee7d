import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: '{"private_key_id": "cf9428813b615fdcab58bc2f96934e4a901d8de3", "region": "eu-west-1"}', secret: 'cf9428813b615fdcab58bc2f96934e4a901d8de3' },
    { text: '  private_key_id: f9fc2c191afc3f89c51d8b340d157747860b89fa', secret: 'f9fc2c191afc3f89c51d8b340d157747860b89fa' },
    { text: 'PRIVATE_KEY_ID=eeee0edc586cac5033679dc1e8befc145ff4c641', secret: 'eeee0edc586cac5033679dc1e8befc145ff4c641' },
    { text: '{"type": "service_account", "project_id": "billing-prod-417", "private_key_id": "c8319385ef8682db79a4d70a29fcdb06788097ce",', secret: 'c8319385ef8682db79a4d70a29fcdb06788097ce' },
  ],
  negative: [
    'PRIVATE_KEY_ID=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'PRIVATE_KEY_ID=<your-gcp-service-account-key-id>',
    'PRIVATE_KEY_ID=${PRIVATE_KEY_ID}',
    'PRIVATE_KEY_ID=e0ac378c8b857e577e6f2870a8cfea02a0665',
    'PRIVATE_KEY_ID=ae4a0f354caddba64f76e1021e8d2e9c64ac66cdBs1',
    'checksum: 87523a4589ae6551ac3df0267065c98f8dfbe71f',
    'const ref = "7339df9a7ecefd6cf6c5614694bf4c702833dd37";',
  ],
};
export default fixtures;
