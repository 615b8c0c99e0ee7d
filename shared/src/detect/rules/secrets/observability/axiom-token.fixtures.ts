import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'xaat-12c0034f-3bad-43d3-9cf3-6357865d85bb',
    { text: 'AXIOM_TOKEN=xaat-7f94c2e5-96f7-434c-bf2b-0ca5b716f382', secret: 'xaat-7f94c2e5-96f7-434c-bf2b-0ca5b716f382' },
    { text: '{"axiom_token": "xaat-4b5f91ed-1365-4925-9ef5-c1f15ff03bc7"}', secret: 'xaat-4b5f91ed-1365-4925-9ef5-c1f15ff03bc7' },
    { text: 'axiom_token: xaat-bc741202-7adf-4919-af27-2a90a6d8eaf7', secret: 'xaat-bc741202-7adf-4919-af27-2a90a6d8eaf7' },
    { text: 'export AXIOM_TOKEN="xaat-d0f660a3-1646-4619-aa9f-114cd38e9dbd"', secret: 'xaat-d0f660a3-1646-4619-aa9f-114cd38e9dbd' },
    { text: 'const axiomToken = \'xaat-6d09d150-b5ec-4c81-b550-0de4f8d12863\';', secret: 'xaat-6d09d150-b5ec-4c81-b550-0de4f8d12863' },
  ],
  negative: [
    'AXIOM_TOKEN=xaat-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    'AXIOM_TOKEN=${AXIOM_TOKEN}',
    'AXIOM_TOKEN=<your-axiom-token>',
    'AXIOM_TOKEN=xaat-2c2fb645-c1fa-433a-a892-7bbe255f8c6ec6e',
    'AXIOM_TOKEN=xaat-2c2fb645-c1fa-433a-a892-7bbe255f8',
  ],
};
export default fixtures;
