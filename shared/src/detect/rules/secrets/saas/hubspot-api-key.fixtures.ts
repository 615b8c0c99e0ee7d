import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'HUBSPOT_API_KEY=a9315da4-5366-4b3d-a1ff-8203231bcf6d', secret: 'a9315da4-5366-4b3d-a1ff-8203231bcf6d' },
    { text: '{"hubspot_api_key": "a29bf755-6397-427c-aa7b-45b8e2c1f570"}', secret: 'a29bf755-6397-427c-aa7b-45b8e2c1f570' },
    { text: 'hubspot_api_key: 70771c2e-d1e4-4f0a-b4ef-e83b96e28a62', secret: '70771c2e-d1e4-4f0a-b4ef-e83b96e28a62' },
    { text: 'export HUBSPOT_API_KEY="851b9c1e-5fc3-4e12-a3ec-6db33c22dc4b"', secret: '851b9c1e-5fc3-4e12-a3ec-6db33c22dc4b' },
    { text: 'const hubspotApiKey = \'d9699229-bd81-4104-b892-c1e56eb57305\';', secret: 'd9699229-bd81-4104-b892-c1e56eb57305' },
  ],
  negative: [
    'HUBSPOT_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    'HUBSPOT_API_KEY=${HUBSPOT_API_KEY}',
    'HUBSPOT_API_KEY=<your-hubspot-api-key>',
    '"etag": "6419c161-e443-4d90-a164-f59d3af6a24b"',
    'HUBSPOT_API_KEY=6419c161-e443-4d90-a164-f59d3af6a24b24b',
    'HUBSPOT_API_KEY=6419c161-e443-4d90-a164-f59d3af6a',
    'request_id: 1cdfd95a-e1e1-4a1e-a70d-16d410466837',
  ],
};
export default fixtures;
