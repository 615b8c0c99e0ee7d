import { tokenRule } from '../../../define';

/** Sentry DSN: `//<32-hex public key>@o<org>.ingest.sentry.io/<project>`. The key is public by design (it ships in browsers), hence low severity. */
export const sentryDsn = tokenRule({
  id: 'sentry-dsn',
  title: 'Sentry DSN',
  severity: 'low',
  confidence: 0.9,
  prefixes: ['//'],
  pattern: /\/\/(?<secret>[a-f0-9]{32})@(?:o\d+\.)?ingest\.(?:[a-z]{2}\.)?sentry\.io\/\d+/,
});
