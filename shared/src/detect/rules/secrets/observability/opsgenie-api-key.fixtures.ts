import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'OPSGENIE_API_KEY=1c81891f-392c-4dee-9271-1069723693cd', secret: '1c81891f-392c-4dee-9271-1069723693cd' },
    { text: '{"opsgenie_api_key": "f93ca146-2161-4336-9e8d-b7872c58e867"}', secret: 'f93ca146-2161-4336-9e8d-b7872c58e867' },
    { text: 'opsgenie_api_key: 7184a997-5abc-4472-87a8-dcc94ebbaaea', secret: '7184a997-5abc-4472-87a8-dcc94ebbaaea' },
    { text: 'export OPSGENIE_API_KEY="95b51fb6-81bd-47d6-bbd0-7170398c2c2c"', secret: '95b51fb6-81bd-47d6-bbd0-7170398c2c2c' },
    { text: 'const opsgenieApiKey = \'336c646b-abc6-4004-bbce-377bc6a17c9d\';', secret: '336c646b-abc6-4004-bbce-377bc6a17c9d' },
  ],
  negative: [
    'OPSGENIE_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    'OPSGENIE_API_KEY=${OPSGENIE_API_KEY}',
    'OPSGENIE_API_KEY=<your-opsgenie-api-key>',
    '"etag": "ac8a5471-d696-4a49-af1e-3baa53ecf6df"',
    'OPSGENIE_API_KEY=ac8a5471-d696-4a49-af1e-3baa53ecf6df6df',
    'OPSGENIE_API_KEY=ac8a5471-d696-4a49-af1e-3baa53ecf',
    'request_id: e40d14a2-30ed-40ed-a8e9-2d2a6a75e0e3',
  ],
};
export default fixtures;
