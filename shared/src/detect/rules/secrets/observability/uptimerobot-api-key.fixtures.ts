import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'UPTIMEROBOT_API_KEY=u8406837-e629068719cdcbc77539f4a6', secret: 'u8406837-e629068719cdcbc77539f4a6' },
    { text: '{"uptimerobot_api_key": "u5947767-bd25c81af3a08f5eead2c42f"}', secret: 'u5947767-bd25c81af3a08f5eead2c42f' },
    { text: 'uptimerobot_api_key: u3921552-d7af04b62b72a0a1c028b081', secret: 'u3921552-d7af04b62b72a0a1c028b081' },
    { text: 'export UPTIMEROBOT_API_KEY="u2888480-6ccffc84ce759798b335836c"', secret: 'u2888480-6ccffc84ce759798b335836c' },
    { text: 'const uptimerobotApiKey = \'u5471695-e0d3ad3849e6a6a10d07e899\';', secret: 'u5471695-e0d3ad3849e6a6a10d07e899' },
  ],
  negative: [
    'UPTIMEROBOT_API_KEY=xxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx',
    'UPTIMEROBOT_API_KEY=${UPTIMEROBOT_API_KEY}',
    'UPTIMEROBOT_API_KEY=<your-uptimerobot-api-key>',
    '"etag": "u7004097-634eb3c242088861ed9eb74a"',
    'UPTIMEROBOT_API_KEY=u7004097-634eb3c242088861ed9eb74a74a',
    'UPTIMEROBOT_API_KEY=u7004097-634eb3c242088861ed9eb',
    'key: u1655538-2df879715fa09740c9d56c58',
  ],
};
export default fixtures;
