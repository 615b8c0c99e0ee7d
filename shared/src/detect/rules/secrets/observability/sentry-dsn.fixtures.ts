import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'https://2f478b22530088fe9253413c0d73a2d0@o644526.ingest.sentry.io/8109538', secret: '2f478b22530088fe9253413c0d73a2d0' },
    { text: 'SENTRY_DSN=https://80b32f0932f64567ec36eacc67d2fd44@o398913.ingest.sentry.io/9484718', secret: '80b32f0932f64567ec36eacc67d2fd44' },
    { text: '{"sentry_dsn": "https://a48767a10450aed00a95f7f157ce6b73@o886400.ingest.sentry.io/1560307"}', secret: 'a48767a10450aed00a95f7f157ce6b73' },
    { text: 'sentry_dsn: https://c4828ee0951ceb224fb5b784228249bf@o671246.ingest.sentry.io/9336571', secret: 'c4828ee0951ceb224fb5b784228249bf' },
    { text: 'export SENTRY_DSN="https://da74a7caa5fdca3ee04f8e5c1cfe1970@o801651.ingest.sentry.io/5754207"', secret: 'da74a7caa5fdca3ee04f8e5c1cfe1970' },
    { text: 'const sentryDsn = \'https://9a057b7cd9119b2a4ec73ed182aaac1a@o652424.ingest.sentry.io/6712309\';', secret: '9a057b7cd9119b2a4ec73ed182aaac1a' },
  ],
  negative: [
    'SENTRY_DSN=https://xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx@o418663.ingest.sentry.io/9450763',
    'SENTRY_DSN=${SENTRY_DSN}',
    'SENTRY_DSN=<your-sentry-dsn>',
    'SENTRY_DSN=https://da3130904288dafebf9070f0fd699fc5fc5@o777073.ingest.sentry.io/2464990',
    'SENTRY_DSN=https://da3130904288dafebf9070f0fd699@o856394.ingest.sentry.io/5652087',
  ],
};
export default fixtures;
