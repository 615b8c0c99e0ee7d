import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'LINE_CHANNEL_SECRET=26bce75976772962b0ff5e22c17051fc', secret: '26bce75976772962b0ff5e22c17051fc' },
    { text: '{"line_channel_secret": "a47438ffa634e0dd39d1694b0a5a9abb"}', secret: 'a47438ffa634e0dd39d1694b0a5a9abb' },
    { text: 'line_channel_secret: e5e3e8405b96422ff0a9e6106c674cf2', secret: 'e5e3e8405b96422ff0a9e6106c674cf2' },
    { text: 'export LINE_CHANNEL_SECRET="760130b19deba2ffbdd7b22de623e1b9"', secret: '760130b19deba2ffbdd7b22de623e1b9' },
  ],
  negative: [
    'LINE_CHANNEL_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'LINE_CHANNEL_SECRET=${LINE_CHANNEL_SECRET}',
    'LINE_CHANNEL_SECRET=<your-line-channel-secret>',
    '"etag": "32fd00e47588d0a38095379db9d66d21"',
    'LINE_CHANNEL_SECRET=32fd00e47588d0a38095379db9d66d21d21',
    'LINE_CHANNEL_SECRET=32fd00e47588d0a38095379db9d66',
    'sha = "092c61f95be7ca29180d96c5a584c0b2"',
  ],
};
export default fixtures;
