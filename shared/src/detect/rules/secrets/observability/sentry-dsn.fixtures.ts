import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'https://9067a437d0144c3e9e5e0b41ec0adfd2@o562517.ingest.sentry.io/5471899', secret: '9067a437d0144c3e9e5e0b41ec0adfd2' },
    { text: 'SENTRY_DSN=https://25721106786e3d92f95e9f8ac43acbff@o655451.ingest.sentry.io/8109449', secret: '25721106786e3d92f95e9f8ac43acbff' },
    { text: '{"sentry_dsn": "https://51da739e32abd588df64486f4dfa7689@o641492.ingest.sentry.io/4832233"}', secret: '51da739e32abd588df64486f4dfa7689' },
    { text: 'sentry_dsn: https://fa5a1958f86dfa2987c31ae14b26d258@o469786.ingest.sentry.io/4364684', secret: 'fa5a1958f86dfa2987c31ae14b26d258' },
    { text: 'export SENTRY_DSN="https://1b1dccc56691cce7dc5351b351367e9e@o153720.ingest.sentry.io/1344715"', secret: '1b1dccc56691cce7dc5351b351367e9e' },
    { text: 'const sentryDsn = \'https://c3fbc194cfcfa1f89d2f10370c392127@o731415.ingest.sentry.io/9608458\';', secret: 'c3fbc194cfcfa1f89d2f10370c392127' },
  ],
  negative: [
    'SENTRY_DSN=https://xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx@o595437.ingest.sentry.io/1534463',
    'SENTRY_DSN=${SENTRY_DSN}',
    'SENTRY_DSN=<your-sentry-dsn>',
    'SENTRY_DSN=https://9a99308ce4e7b05b5d84c771d8e6fd60d60@o577063.ingest.sentry.io/8834568',
    'SENTRY_DSN=https://9a99308ce4e7b05b5d84c771d8e6f@o931348.ingest.sentry.io/7602790',
  ],
};
export default fixtures;
