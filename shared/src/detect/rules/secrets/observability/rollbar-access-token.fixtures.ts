import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ROLLBAR_ACCESS_TOKEN=60eab8da07a6ccffff0e8175a45b5423', secret: '60eab8da07a6ccffff0e8175a45b5423' },
    { text: '{"rollbar_access_token": "61a3c5ac5e3447add121acc38587b9c1"}', secret: '61a3c5ac5e3447add121acc38587b9c1' },
    { text: 'rollbar_access_token: 0403572694bb87f69a04ac49489f7887', secret: '0403572694bb87f69a04ac49489f7887' },
    { text: 'export ROLLBAR_ACCESS_TOKEN="85f0e441e6c4596254d2c579626ebc0f"', secret: '85f0e441e6c4596254d2c579626ebc0f' },
    { text: 'const rollbarAccessToken = \'7681f6cad7f5662604530e7b7376422a\';', secret: '7681f6cad7f5662604530e7b7376422a' },
  ],
  negative: [
    'ROLLBAR_ACCESS_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ROLLBAR_ACCESS_TOKEN=${ROLLBAR_ACCESS_TOKEN}',
    'ROLLBAR_ACCESS_TOKEN=<your-rollbar-access-token>',
    '"etag": "a0d2fb4962e346633e41d1bd08a850ad"',
    'ROLLBAR_ACCESS_TOKEN=a0d2fb4962e346633e41d1bd08a850ad0ad',
    'ROLLBAR_ACCESS_TOKEN=a0d2fb4962e346633e41d1bd08a85',
    'sha = "a2942b462339d911c6ed7ab78352ff3a"',
  ],
};
export default fixtures;
