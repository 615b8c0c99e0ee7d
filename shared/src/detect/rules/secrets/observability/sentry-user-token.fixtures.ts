import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'SENTRY_AUTH_TOKEN=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', secret: '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' },
    { text: '{"sentry_auth_token": "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"}', secret: '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' },
    { text: 'sentry_auth_token: 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', secret: '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' },
    { text: 'export SENTRY_AUTH_TOKEN="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"', secret: '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' },
    { text: 'const sentryAuthToken = \'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\';', secret: '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' },
  ],
  negative: [
    'SENTRY_AUTH_TOKEN=sntryu_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SENTRY_AUTH_TOKEN=${SENTRY_AUTH_TOKEN}',
    'SENTRY_AUTH_TOKEN=<your-sentry-user-token>',
    'SENTRY_AUTH_TOKEN=sntryu_dc2f4967d217eac70518cae7f39de7dea3b144500f8e754bd980e77520ff3e2ae2a',
    'SENTRY_AUTH_TOKEN=sntryu_dc2f4967d217eac70518cae7f39de7dea3b144500f8e754bd980e77520ff3',
  ],
};
export default fixtures;
