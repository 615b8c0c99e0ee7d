import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'LINE_CHANNEL_SECRET=0e4c84fc4785be9c87c403be5f9ed938', secret: '0e4c84fc4785be9c87c403be5f9ed938' },
    { text: '{"line_channel_secret": "34cf884d233e27cc9c178e878b3304ca"}', secret: '34cf884d233e27cc9c178e878b3304ca' },
    { text: 'line_channel_secret: f2534d12ed9ca6b51da30dab330e61ed', secret: 'f2534d12ed9ca6b51da30dab330e61ed' },
    { text: 'export LINE_CHANNEL_SECRET="7ece23eb2f6a5c75a4bc797de0c6d2a7"', secret: '7ece23eb2f6a5c75a4bc797de0c6d2a7' },
  ],
  negative: [
    'LINE_CHANNEL_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'LINE_CHANNEL_SECRET=${LINE_CHANNEL_SECRET}',
    'LINE_CHANNEL_SECRET=<your-line-channel-secret>',
    '"etag": "ecb8d6d6cf60903d0e9e17d5f2667721"',
    'LINE_CHANNEL_SECRET=ecb8d6d6cf60903d0e9e17d5f2667721721',
    'LINE_CHANNEL_SECRET=ecb8d6d6cf60903d0e9e17d5f2667',
    'sha = "9ec98c15acce5c27e92cc891f034ffc3"',
  ],
};
export default fixtures;
