import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'organizations/37cb8434-d486-484c-b70b-038aa99dd8a8/apiKeys/d4158143-6cdc-485e-bc90-97b47d63aa7b',
    { text: 'COINBASE_API_KEY_NAME=organizations/9e2d520e-2f24-4dc2-9e58-3dd5197ae9a4/apiKeys/eb1e6c77-c62d-41c3-ae8d-eeeb6b1ce770', secret: 'organizations/9e2d520e-2f24-4dc2-9e58-3dd5197ae9a4/apiKeys/eb1e6c77-c62d-41c3-ae8d-eeeb6b1ce770' },
    { text: '{"coinbase_api_key_name": "organizations/7a0675f6-540f-4e68-8baf-43f855e08c5a/apiKeys/9987b286-35d3-4967-b7bf-655f1200b7bf"}', secret: 'organizations/7a0675f6-540f-4e68-8baf-43f855e08c5a/apiKeys/9987b286-35d3-4967-b7bf-655f1200b7bf' },
    { text: 'coinbase_api_key_name: organizations/8c5ee53c-8dc2-4aa1-968a-16ecced8712a/apiKeys/28730002-7b97-4663-8def-1fca2501629c', secret: 'organizations/8c5ee53c-8dc2-4aa1-968a-16ecced8712a/apiKeys/28730002-7b97-4663-8def-1fca2501629c' },
    { text: 'export COINBASE_API_KEY_NAME="organizations/b9750887-4d83-4c45-a3d6-10c8b807b5d7/apiKeys/1c7036ef-626f-4061-a794-62025a0ce02e"', secret: 'organizations/b9750887-4d83-4c45-a3d6-10c8b807b5d7/apiKeys/1c7036ef-626f-4061-a794-62025a0ce02e' },
    { text: 'const coinbaseApiKeyName = \'organizations/a68dded6-4ca4-4e30-834a-6c7771fbbbea/apiKeys/88622e96-79b6-48a1-9969-c8e8b9cf04c6\';', secret: 'organizations/a68dded6-4ca4-4e30-834a-6c7771fbbbea/apiKeys/88622e96-79b6-48a1-9969-c8e8b9cf04c6' },
  ],
  negative: [
    'COINBASE_API_KEY_NAME=organizations/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/xxxxxxx/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    'COINBASE_API_KEY_NAME=${COINBASE_API_KEY_NAME}',
    'COINBASE_API_KEY_NAME=<your-coinbase-cdp-api-key-name>',
    'COINBASE_API_KEY_NAME=organizations/215116b6-1357-47bf-8b18-56492bb33f1c/apiKeys/074a4af6-7b3c-40dd-8b8a-d8c8c15d05f15f1',
    'COINBASE_API_KEY_NAME=organizations/215116b6-1357-47bf-8b18-56492bb33f1c/apiKeys/074a4af6-7b3c-40dd-8b8a-d8c8c15d0',
  ],
};
export default fixtures;
