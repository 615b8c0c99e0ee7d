import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'MONGODB_ATLAS_PRIVATE_KEY=8918b6d4-2b62-4a2a-a464-aed8be0f9c4e', secret: '8918b6d4-2b62-4a2a-a464-aed8be0f9c4e' },
    { text: '{"atlas_private_key": "1010e6a1-6d7c-43a6-9192-bbb1d6d9591c", "region": "eu-west-1"}', secret: '1010e6a1-6d7c-43a6-9192-bbb1d6d9591c' },
    { text: '  atlas_private_key: 8b0f6958-095b-4291-91ef-fab8d6dff2e4', secret: '8b0f6958-095b-4291-91ef-fab8d6dff2e4' },
    { text: 'export MONGODB_ATLAS_PRIVATE_KEY="cf399f65-6cc2-4c85-99c0-2f2277c7f0e0"', secret: 'cf399f65-6cc2-4c85-99c0-2f2277c7f0e0' },
    { text: 'const atlasPrivateKey = \'00fb5938-421b-4192-8090-2076e3cf4adc\';', secret: '00fb5938-421b-4192-8090-2076e3cf4adc' },
    { text: 'atlas config set private_api_key 670708dd-90f0-4b1e-91d9-2056c305d467', secret: '670708dd-90f0-4b1e-91d9-2056c305d467' },
  ],
  negative: [
    'MONGODB_ATLAS_PRIVATE_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'MONGODB_ATLAS_PRIVATE_KEY=<your-mongodb-atlas-api-key>',
    'MONGODB_ATLAS_PRIVATE_KEY=${MONGODB_ATLAS_PRIVATE_KEY}',
    'MONGODB_ATLAS_PRIVATE_KEY=350a3ce2-0497-4e1b-8100-0e892c1e4',
    'MONGODB_ATLAS_PRIVATE_KEY=77c24015-7786-4e1c-bc7d-654f8aa05b4bYjE',
    'checksum: e27e3fcd-1397-45b2-9903-3a1a0454f3fd',
    'const ref = "5f693404-5d84-452d-8aa3-23f05ae42e11";',
  ],
};
export default fixtures;
