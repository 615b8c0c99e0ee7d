import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'https://145d56fa68e2b7b966d7e7ae6da1a32f@o193705.ingest.sentry.io/4978908', secret: '145d56fa68e2b7b966d7e7ae6da1a32f' },
    { text: 'SENTRY_DSN=https://0a8fbb47b92db07438bcb2988d1597fc@o164049.ingest.sentry.io/6104616', secret: '0a8fbb47b92db07438bcb2988d1597fc' },
    { text: '{"sentry_dsn": "https://0d2bf1f35d9bd8be31fc280a85261b55@o994683.ingest.sentry.io/2785233"}', secret: '0d2bf1f35d9bd8be31fc280a85261b55' },
    { text: 'sentry_dsn: https://b58e927ce48f777b61ef26167a204995@o189188.ingest.sentry.io/8970375', secret: 'b58e927ce48f777b61ef26167a204995' },
    { text: 'export SENTRY_DSN="https://b05941af47fe78d8e3edc733855c44c4@o104423.ingest.sentry.io/1361929"', secret: 'b05941af47fe78d8e3edc733855c44c4' },
    { text: 'const sentryDsn = \'https://02e17fae69e7f00efebf1c900ff0e474@o460041.ingest.sentry.io/3920360\';', secret: '02e17fae69e7f00efebf1c900ff0e474' },
  ],
  negative: [
    'SENTRY_DSN=https://xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx@o153550.ingest.sentry.io/8028455',
    'SENTRY_DSN=${SENTRY_DSN}',
    'SENTRY_DSN=<your-sentry-dsn>',
    'SENTRY_DSN=https://7fd743fdac7186154420e900f62aeab6ab6@o134826.ingest.sentry.io/6257945',
    'SENTRY_DSN=https://7fd743fdac7186154420e900f62ae@o376859.ingest.sentry.io/4058504',
  ],
};
export default fixtures;
