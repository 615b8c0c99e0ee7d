import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'MATTERMOST_TOKEN=akk4e4xi709el1clbr0m9t9pp4', secret: 'akk4e4xi709el1clbr0m9t9pp4' },
    { text: '{"mattermost_token": "h6aclrtyjy6o6wsxd1lz8zoqpl"}', secret: 'h6aclrtyjy6o6wsxd1lz8zoqpl' },
    { text: 'mattermost_token: 03lmbgxej42j6m8un0mzkxxcxu', secret: '03lmbgxej42j6m8un0mzkxxcxu' },
    { text: 'export MATTERMOST_TOKEN="dvnn30zo964ms64xoigcyei9ne"', secret: 'dvnn30zo964ms64xoigcyei9ne' },
    { text: 'const mattermostToken = \'atv4uxu6dgbaffe994hrtlb9n2\';', secret: 'atv4uxu6dgbaffe994hrtlb9n2' },
  ],
  negative: [
    'MATTERMOST_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxx',
    'MATTERMOST_TOKEN=${MATTERMOST_TOKEN}',
    'MATTERMOST_TOKEN=<your-mattermost-access-token>',
    '"etag": "vyr2pt7sms4e6jmug2e8tyrf47"',
    'MATTERMOST_TOKEN=vyr2pt7sms4e6jmug2e8tyrf47f47',
    'MATTERMOST_TOKEN=vyr2pt7sms4e6jmug2e8tyr',
    'token: wfllt8d5cl498teyr726u173dw',
  ],
};
export default fixtures;
