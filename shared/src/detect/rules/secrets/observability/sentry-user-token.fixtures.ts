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
    'SENTRY_AUTH_TOKEN=sntryu_8c5fd82d709e6d8d9ba08398b896c150ee063b3fb222038f47503add59240ac0ac0',
    'SENTRY_AUTH_TOKEN=sntryu_8c5fd82d709e6d8d9ba08398b896c150ee063b3fb222038f47503add59240',
  ],
};
export default fixtures;
