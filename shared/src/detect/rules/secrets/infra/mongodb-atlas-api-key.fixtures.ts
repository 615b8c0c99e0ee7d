import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'MONGODB_ATLAS_PRIVATE_KEY=b61121f4-88b6-4f30-b4f6-26abd2c8872b', secret: 'b61121f4-88b6-4f30-b4f6-26abd2c8872b' },
    { text: '{"atlas_private_key": "71deff2b-db71-4e68-bc3f-0c10f26702ea", "region": "eu-west-1"}', secret: '71deff2b-db71-4e68-bc3f-0c10f26702ea' },
    { text: '  atlas_private_key: 19b00405-e99c-4da4-9965-125a69092c70', secret: '19b00405-e99c-4da4-9965-125a69092c70' },
    { text: 'export MONGODB_ATLAS_PRIVATE_KEY="48d9e27b-37fd-489a-958d-3294fdd8e9d5"', secret: '48d9e27b-37fd-489a-958d-3294fdd8e9d5' },
    { text: 'const atlasPrivateKey = \'014453f7-5ddf-47cf-97c7-6e1189c36091\';', secret: '014453f7-5ddf-47cf-97c7-6e1189c36091' },
    { text: 'atlas config set private_api_key d83e417d-391b-4028-b370-5a21dd40a0f0', secret: 'd83e417d-391b-4028-b370-5a21dd40a0f0' },
  ],
  negative: [
    'MONGODB_ATLAS_PRIVATE_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'MONGODB_ATLAS_PRIVATE_KEY=<your-mongodb-atlas-api-key>',
    'MONGODB_ATLAS_PRIVATE_KEY=${MONGODB_ATLAS_PRIVATE_KEY}',
    'MONGODB_ATLAS_PRIVATE_KEY=1575b494-6d3a-45e3-83c5-fd3d9fa54',
    'MONGODB_ATLAS_PRIVATE_KEY=5abfef89-b26d-4532-baf1-5450d62ca4c0BYw',
    'checksum: d389bdc1-a225-4c22-a4f9-cacb4d8ca444',
    'const ref = "771174dc-6214-493e-a95b-3cff7b181bfb";',
  ],
};
export default fixtures;
