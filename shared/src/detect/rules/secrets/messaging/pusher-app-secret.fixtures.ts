import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'PUSHER_APP_SECRET=211144fd9e9eb462d809', secret: '211144fd9e9eb462d809' },
    { text: '{"pusher_app_secret": "5f216e57b47aec31349b"}', secret: '5f216e57b47aec31349b' },
    { text: 'pusher_app_secret: 544d263506f36a2448d1', secret: '544d263506f36a2448d1' },
    { text: 'export PUSHER_APP_SECRET="4a80c36156df31b0b698"', secret: '4a80c36156df31b0b698' },
    { text: 'const pusherAppSecret = \'5f50e3eff78da282e5fc\';', secret: '5f50e3eff78da282e5fc' },
  ],
  negative: [
    'PUSHER_APP_SECRET=xxxxxxxxxxxxxxxxxxxx',
    'PUSHER_APP_SECRET=${PUSHER_APP_SECRET}',
    'PUSHER_APP_SECRET=<your-pusher-app-secret>',
    '"etag": "47986e99fd8d1f6a9d5b"',
    'PUSHER_APP_SECRET=47986e99fd8d1f6a9d5bd5b',
    'PUSHER_APP_SECRET=47986e99fd8d1f6a9',
    'sha = "1c393fe351142f1e1cbb"',
  ],
};
export default fixtures;
