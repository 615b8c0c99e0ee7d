import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'OPSGENIE_API_KEY=fa73df41-decd-457f-b7f4-0b3e64b24d77', secret: 'fa73df41-decd-457f-b7f4-0b3e64b24d77' },
    { text: '{"opsgenie_api_key": "6d3d0a96-f841-4110-bca8-138113047658"}', secret: '6d3d0a96-f841-4110-bca8-138113047658' },
    { text: 'opsgenie_api_key: ab49d02d-e673-413f-8093-5d66dd74a323', secret: 'ab49d02d-e673-413f-8093-5d66dd74a323' },
    { text: 'export OPSGENIE_API_KEY="ad80c182-fabd-49bb-a43b-496ec10c4198"', secret: 'ad80c182-fabd-49bb-a43b-496ec10c4198' },
    { text: 'const opsgenieApiKey = \'ead15645-3953-4cb2-9e0f-08a2be01e0ac\';', secret: 'ead15645-3953-4cb2-9e0f-08a2be01e0ac' },
  ],
  negative: [
    'OPSGENIE_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    'OPSGENIE_API_KEY=${OPSGENIE_API_KEY}',
    'OPSGENIE_API_KEY=<your-opsgenie-api-key>',
    '"etag": "fbefb0e7-becc-41ce-8a54-e7513a61b82e"',
    'OPSGENIE_API_KEY=fbefb0e7-becc-41ce-8a54-e7513a61b82e82e',
    'OPSGENIE_API_KEY=fbefb0e7-becc-41ce-8a54-e7513a61b',
    'request_id: 89a27515-900a-4b40-9823-ce31a0e7d46d',
  ],
};
export default fixtures;
