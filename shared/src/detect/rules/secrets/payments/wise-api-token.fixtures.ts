import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'WISE_API_TOKEN=80a54a66-b240-4a09-9a08-f47f07126a49', secret: '80a54a66-b240-4a09-9a08-f47f07126a49' },
    { text: '{"wise_api_token": "d890c4f0-bd24-44eb-a306-9a8e497617cc"}', secret: 'd890c4f0-bd24-44eb-a306-9a8e497617cc' },
    { text: 'wise_api_token: 9dbf66fe-ef05-498e-84c5-440c9e2e3916', secret: '9dbf66fe-ef05-498e-84c5-440c9e2e3916' },
    { text: 'export WISE_API_TOKEN="e87a0950-720a-4dcc-8061-f97bef193585"', secret: 'e87a0950-720a-4dcc-8061-f97bef193585' },
  ],
  negative: [
    'WISE_API_TOKEN=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    'WISE_API_TOKEN=${WISE_API_TOKEN}',
    'WISE_API_TOKEN=<your-wise-api-token>',
    '"etag": "5e01d316-e77d-45b9-84af-faec1546eaf3"',
    'WISE_API_TOKEN=5e01d316-e77d-45b9-84af-faec1546eaf3af3',
    'WISE_API_TOKEN=5e01d316-e77d-45b9-84af-faec1546e',
    'otherwise d4c71137-a9f9-42f2-8f22-22a12c06cd1e',
  ],
};
export default fixtures;
