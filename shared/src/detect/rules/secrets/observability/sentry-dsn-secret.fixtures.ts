import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  // The whole `public:secret` userinfo: both halves are random, so the URL rule reports both, and the merge
  // keeps the key's name over that span.
  positive: [
    { text: 'https://b383004dfbf2de6074372b4665dd4932:e3f6d2264ee4574658113a0b7bbf37c7@o312933.ingest.sentry.io/6207020', secret: 'b383004dfbf2de6074372b4665dd4932:e3f6d2264ee4574658113a0b7bbf37c7' },
    { text: 'SENTRY_DSN=https://c809a89b3d4e080b2482022f7e1f560a:1f82aa51a6d902b1629294cefec29ec7@o346134.ingest.sentry.io/3027744', secret: 'c809a89b3d4e080b2482022f7e1f560a:1f82aa51a6d902b1629294cefec29ec7' },
    { text: '{"sentry_dsn": "https://307837d8959fd84dbb181bfedf6c38ab:a16b4cca1a150a2b4f0764368057f748@o316480.ingest.sentry.io/1135258"}', secret: '307837d8959fd84dbb181bfedf6c38ab:a16b4cca1a150a2b4f0764368057f748' },
    { text: 'sentry_dsn: https://71cf52a45f3330c1c593a137046dccbd:9ce4bac34c213bf6e58f1559071a4069@o543240.ingest.sentry.io/9103913', secret: '71cf52a45f3330c1c593a137046dccbd:9ce4bac34c213bf6e58f1559071a4069' },
    { text: 'export SENTRY_DSN="https://5d504b79b74d4daef211668795e2f784:72e11115b1d753bc63115a255e2449ce@o135263.ingest.sentry.io/9595511"', secret: '5d504b79b74d4daef211668795e2f784:72e11115b1d753bc63115a255e2449ce' },
    { text: 'const sentryDsn = \'https://8fe465a7856653b15b86db43b2b12265:8aa4975bbe728d7905b80adecf3d2662@o423775.ingest.sentry.io/7547454\';', secret: '8fe465a7856653b15b86db43b2b12265:8aa4975bbe728d7905b80adecf3d2662' },
  ],
  negative: [
    'SENTRY_DSN=https://0506bb246cf5d183e23db6e266e403f4:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx@o183321.ingest.sentry.io/6096992',
    'SENTRY_DSN=${SENTRY_DSN}',
    'SENTRY_DSN=<your-sentry-dsn-secret>',
    'SENTRY_DSN=https://00b1d0abfc190bfe841ca3604932e748:5828e09e08f5268939ce34706671f8f98f9@o213787.ingest.sentry.io/6159509',
    'SENTRY_DSN=https://90a6780723dc3edfcbc372b6ad4673fb:5828e09e08f5268939ce34706671f@o950014.ingest.sentry.io/8626928',
  ],
};
export default fixtures;
