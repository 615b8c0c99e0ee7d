import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'shippo_live_3cff71961864d1c3b24247fb776782bc6bf11851',
    { text: 'SHIPPO_API_KEY=shippo_live_d1e0084ef26f9e29cfc86a3713f0a93a6c52b606', secret: 'shippo_live_d1e0084ef26f9e29cfc86a3713f0a93a6c52b606' },
    { text: '{"shippo_token": "shippo_live_d68ea1aad486bec79a2203ea7e3a2089a29964f3", "region": "eu-west-1"}', secret: 'shippo_live_d68ea1aad486bec79a2203ea7e3a2089a29964f3' },
    { text: '  shippo_token: shippo_live_1be33449b85e84ef9c62e0abe48de5969af29ec4', secret: 'shippo_live_1be33449b85e84ef9c62e0abe48de5969af29ec4' },
    { text: 'export SHIPPO_API_KEY="shippo_live_6877ddb84eee9a6e146a8666c05aa94ba0230f8c"', secret: 'shippo_live_6877ddb84eee9a6e146a8666c05aa94ba0230f8c' },
    { text: 'const shippoToken = \'shippo_live_853f3c7c0f72207925651db2e311a48f713ca0fe\';', secret: 'shippo_live_853f3c7c0f72207925651db2e311a48f713ca0fe' },
    'shippo_live_2eb4acF122dF15ef76C8d4cE367dfBd3635F74A5',
    { text: 'SHIPPO_API_TOKEN=shippo_test_BAB047030005F0971EFA5C7BA97C156E0664E1A8', secret: 'shippo_test_BAB047030005F0971EFA5C7BA97C156E0664E1A8' },
  ],
  negative: [
    'SHIPPO_API_KEY=shippo_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SHIPPO_API_KEY=<your-shippo-api-token>',
    'SHIPPO_API_KEY=${SHIPPO_API_KEY}',
    'SHIPPO_API_KEY=shippo_live_b22c9472267dcd1c8e885f948613aaaff4c80',
    'SHIPPO_API_KEY=shippo_live_dbfd9acb63416b6a062d4e134397c9e28bd3765fwwI',
  ],
};
export default fixtures;
