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
    'SENTRY_AUTH_TOKEN=sntryu_637cafaefdce7cead3c4ff18f1f7427571172c2d1884f9c137528d4f5b86b709709',
    'SENTRY_AUTH_TOKEN=sntryu_637cafaefdce7cead3c4ff18f1f7427571172c2d1884f9c137528d4f5b86b',
  ],
};
export default fixtures;
