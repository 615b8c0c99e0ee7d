import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'access-production-f69aa6a4-35df-415a-8f79-bb245d891a69',
    { text: 'PLAID_ACCESS_TOKEN=access-production-b4e208d8-8104-4ffc-a838-8759335696ed', secret: 'access-production-b4e208d8-8104-4ffc-a838-8759335696ed' },
    { text: '{"plaid_access_token": "access-production-d9bbaa89-8fe8-4bc8-8536-fb52b198db20"}', secret: 'access-production-d9bbaa89-8fe8-4bc8-8536-fb52b198db20' },
    { text: 'plaid_access_token: access-production-f8b0160e-7224-4d8e-9def-bf7481c3871d', secret: 'access-production-f8b0160e-7224-4d8e-9def-bf7481c3871d' },
    { text: 'export PLAID_ACCESS_TOKEN="access-production-325f366c-a839-46c5-adf8-41ca3342d0d5"', secret: 'access-production-325f366c-a839-46c5-adf8-41ca3342d0d5' },
    { text: 'const plaidAccessToken = \'access-production-86e6dde4-6a01-4ee5-9afe-ba5d3ea8c002\';', secret: 'access-production-86e6dde4-6a01-4ee5-9afe-ba5d3ea8c002' },
  ],
  negative: [
    'PLAID_ACCESS_TOKEN=access-xxxxxxxxxx-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    'PLAID_ACCESS_TOKEN=${PLAID_ACCESS_TOKEN}',
    'PLAID_ACCESS_TOKEN=<your-plaid-access-token>',
    'PLAID_ACCESS_TOKEN=access-production-aee60b63-0fc9-4306-89c8-2d4edb4a6f77f77',
    'PLAID_ACCESS_TOKEN=access-production-aee60b63-0fc9-4306-89c8-2d4edb4a6',
  ],
};
export default fixtures;
