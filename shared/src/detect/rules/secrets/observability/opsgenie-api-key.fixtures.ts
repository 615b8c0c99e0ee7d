import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'OPSGENIE_API_KEY=e78479cb-a7fa-4ca9-8884-cf73270b82b3', secret: 'e78479cb-a7fa-4ca9-8884-cf73270b82b3' },
    { text: '{"opsgenie_api_key": "a1f85ad5-23db-4515-b41f-a3b5df1e681d"}', secret: 'a1f85ad5-23db-4515-b41f-a3b5df1e681d' },
    { text: 'opsgenie_api_key: 1766c12a-dbbe-477b-8430-ef49d3991c04', secret: '1766c12a-dbbe-477b-8430-ef49d3991c04' },
    { text: 'export OPSGENIE_API_KEY="ac832053-ee89-417c-bdb1-2d9eec8beda5"', secret: 'ac832053-ee89-417c-bdb1-2d9eec8beda5' },
  ],
  negative: [
    'OPSGENIE_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    'OPSGENIE_API_KEY=${OPSGENIE_API_KEY}',
    'OPSGENIE_API_KEY=<your-opsgenie-api-key>',
    '"etag": "8688b0dd-7344-4e4e-820b-59810bdcbcb1"',
    'OPSGENIE_API_KEY=8688b0dd-7344-4e4e-820b-59810bdcbcb1cb1',
    'OPSGENIE_API_KEY=8688b0dd-7344-4e4e-820b-59810bdcb',
    'Opsgenie alert id 8f14e45f-ceea-467a-9af0-2b7b2b2b0c1e',
  ],
};
export default fixtures;
