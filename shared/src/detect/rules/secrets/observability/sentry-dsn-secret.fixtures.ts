import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'https://f9cf2d1eff53791652b5043d863e022a:01a68ec49e2d71ad1877aca4026af16f@o664521.ingest.sentry.io/9702535', secret: '01a68ec49e2d71ad1877aca4026af16f' },
    { text: 'SENTRY_DSN=https://07a2ed30657b63bc00698e9f401c4e0f:2e0ba1d28908d7b6e58254c14f3e9a8b@o132140.ingest.sentry.io/5957478', secret: '2e0ba1d28908d7b6e58254c14f3e9a8b' },
    { text: '{"sentry_dsn": "https://a1f9441afd544dd9f02bb0c8b18102d9:f414a5e417fc25703bfb7ba710962d93@o489418.ingest.sentry.io/7757066"}', secret: 'f414a5e417fc25703bfb7ba710962d93' },
    { text: 'sentry_dsn: https://43986342986bdcf8babb20037ccbee3d:955b5676f42f5c8f93d709f5042f29f6@o483335.ingest.sentry.io/2743537', secret: '955b5676f42f5c8f93d709f5042f29f6' },
    { text: 'export SENTRY_DSN="https://c52bc9de33590dcccc9a8fc072aed2d9:abd29f7a2881d714fde0a54f992b2473@o182113.ingest.sentry.io/3428480"', secret: 'abd29f7a2881d714fde0a54f992b2473' },
    { text: 'const sentryDsn = \'https://9c359357789ae0521bf387a732b745db:8df949ea940d44274fdb902b6cfed41e@o650661.ingest.sentry.io/5561254\';', secret: '8df949ea940d44274fdb902b6cfed41e' },
  ],
  negative: [
    'SENTRY_DSN=https://e10fa5123b8e0086be343f7992b72c87:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx@o734077.ingest.sentry.io/5472748',
    'SENTRY_DSN=${SENTRY_DSN}',
    'SENTRY_DSN=<your-sentry-dsn-secret>',
    'SENTRY_DSN=https://4b9db2759a2a8ab1331075a4494c1e6d:072cac6f2fd3e02cca0d528910f40068068@o230162.ingest.sentry.io/1629121',
    'SENTRY_DSN=https://0af4775c50b5ea26c4d40a363da733f0:072cac6f2fd3e02cca0d528910f40@o133862.ingest.sentry.io/4083484',
  ],
};
export default fixtures;
