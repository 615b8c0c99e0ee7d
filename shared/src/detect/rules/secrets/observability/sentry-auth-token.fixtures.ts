import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'SENTRY_AUTH_TOKEN=5124b182832f7b91f8c4021d55ded3a415313f2d2615e1b32b5f2e9f089c4663', secret: '5124b182832f7b91f8c4021d55ded3a415313f2d2615e1b32b5f2e9f089c4663' },
    { text: '{"sentry_auth_token": "3e48967d78eda292a09f6d96baba93e60aac82e485db9edc2fb7c9175b90b57a"}', secret: '3e48967d78eda292a09f6d96baba93e60aac82e485db9edc2fb7c9175b90b57a' },
    { text: 'sentry_auth_token: 93684f7d0f4e42d32e3a4fe0162079ac1478482c7ee8f6139f92142c93d1084c', secret: '93684f7d0f4e42d32e3a4fe0162079ac1478482c7ee8f6139f92142c93d1084c' },
    { text: 'export SENTRY_AUTH_TOKEN="749af658c35865020d6613440a25b17d6d23f1fca02bbf9574ff7bb9c9900b42"', secret: '749af658c35865020d6613440a25b17d6d23f1fca02bbf9574ff7bb9c9900b42' },
    { text: 'const sentryAuthToken = \'07bc370b489c4297e2599e57acbc76c5ae9c348c8878414afc77a72e3cc6f8a5\';', secret: '07bc370b489c4297e2599e57acbc76c5ae9c348c8878414afc77a72e3cc6f8a5' },
  ],
  negative: [
    'SENTRY_AUTH_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SENTRY_AUTH_TOKEN=${SENTRY_AUTH_TOKEN}',
    'SENTRY_AUTH_TOKEN=<your-sentry-auth-token>',
    '"etag": "b87c1f66825d054565bc5c6a6136a9ba50e314352ea7788235302294b453573d"',
    'SENTRY_AUTH_TOKEN=b87c1f66825d054565bc5c6a6136a9ba50e314352ea7788235302294b453573d73d',
    'SENTRY_AUTH_TOKEN=b87c1f66825d054565bc5c6a6136a9ba50e314352ea7788235302294b4535',
    'sha = "6d1020ee27a94e6d560fde493e8e74ff2fcb8b15f0df096b089d3db8bd4df662"',
  ],
};
export default fixtures;
