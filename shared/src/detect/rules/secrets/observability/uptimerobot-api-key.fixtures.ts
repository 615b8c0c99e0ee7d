import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'UPTIMEROBOT_API_KEY=u7263321-e10d8994f89f9b6d7bfbf197', secret: 'u7263321-e10d8994f89f9b6d7bfbf197' },
    { text: '{"uptimerobot_api_key": "u8191505-3a3f73ccda62292b339264ab"}', secret: 'u8191505-3a3f73ccda62292b339264ab' },
    { text: 'uptimerobot_api_key: u8237613-c4c2ccd9f2c775a3f422bb4a', secret: 'u8237613-c4c2ccd9f2c775a3f422bb4a' },
    { text: 'export UPTIMEROBOT_API_KEY="u3385225-5e7e8ccc9012193754f7708f"', secret: 'u3385225-5e7e8ccc9012193754f7708f' },
    { text: 'const uptimerobotApiKey = \'u6175724-a72b02b3a48d108d98620fc6\';', secret: 'u6175724-a72b02b3a48d108d98620fc6' },
  ],
  negative: [
    'UPTIMEROBOT_API_KEY=xxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx',
    'UPTIMEROBOT_API_KEY=${UPTIMEROBOT_API_KEY}',
    'UPTIMEROBOT_API_KEY=<your-uptimerobot-api-key>',
    '"etag": "u3879138-e5f9507437340e2bc3b271d8"',
    'UPTIMEROBOT_API_KEY=u3879138-e5f9507437340e2bc3b271d81d8',
    'UPTIMEROBOT_API_KEY=u3879138-e5f9507437340e2bc3b27',
    'key: u9277342-fdd24011a8f2e5731d7c3af0',
  ],
};
export default fixtures;
