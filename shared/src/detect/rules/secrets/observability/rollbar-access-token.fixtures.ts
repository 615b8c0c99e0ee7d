import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ROLLBAR_ACCESS_TOKEN=76f296debfe28aa0de6bda76ba011b10', secret: '76f296debfe28aa0de6bda76ba011b10' },
    { text: '{"rollbar_access_token": "8ad3b864709d0c05519581816ffb518f"}', secret: '8ad3b864709d0c05519581816ffb518f' },
    { text: 'rollbar_access_token: 81c0f3d504b465f11be92c2d463fca20', secret: '81c0f3d504b465f11be92c2d463fca20' },
    { text: 'export ROLLBAR_ACCESS_TOKEN="041e2a56f9c664767be660d24e298353"', secret: '041e2a56f9c664767be660d24e298353' },
    { text: 'const rollbarAccessToken = \'2991b6bfe4b178e7564d4e02a42bcd89\';', secret: '2991b6bfe4b178e7564d4e02a42bcd89' },
  ],
  negative: [
    'ROLLBAR_ACCESS_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ROLLBAR_ACCESS_TOKEN=${ROLLBAR_ACCESS_TOKEN}',
    'ROLLBAR_ACCESS_TOKEN=<your-rollbar-access-token>',
    '"etag": "1b4c82fe23e86d064e9b2630074ef789"',
    'ROLLBAR_ACCESS_TOKEN=1b4c82fe23e86d064e9b2630074ef789789',
    'ROLLBAR_ACCESS_TOKEN=1b4c82fe23e86d064e9b2630074ef',
    'sha = "ac77e6b19bfb0c459f952126ffa5b9fa"',
  ],
};
export default fixtures;
