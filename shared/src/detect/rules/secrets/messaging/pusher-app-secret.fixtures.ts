import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'PUSHER_APP_SECRET=3852f7b604fa6b6abc47', secret: '3852f7b604fa6b6abc47' },
    { text: '{"pusher_app_secret": "69e919c2e7e71ac0c87b"}', secret: '69e919c2e7e71ac0c87b' },
    { text: 'pusher_app_secret: c5377ed030dd297b96dc', secret: 'c5377ed030dd297b96dc' },
    { text: 'export PUSHER_APP_SECRET="e361e69498a827d3fedf"', secret: 'e361e69498a827d3fedf' },
  ],
  negative: [
    'PUSHER_APP_SECRET=xxxxxxxxxxxxxxxxxxxx',
    'PUSHER_APP_SECRET=${PUSHER_APP_SECRET}',
    'PUSHER_APP_SECRET=<your-pusher-app-secret>',
    '"etag": "5be0d7e1eb867c8f823f"',
    'PUSHER_APP_SECRET=5be0d7e1eb867c8f823f23f',
    'PUSHER_APP_SECRET=5be0d7e1eb867c8f8',
    'PUSHER_APP_KEY=78824026d106cdac6678',
  ],
};
export default fixtures;
