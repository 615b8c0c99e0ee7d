import { tokenRule } from '../../../define';

/** Legacy Sentry DSN that embeds the secret key: `//<public>:<secret>@host/<project>`; the finding is the secret key. */
export const sentryDsnSecret = tokenRule({
  id: 'sentry-dsn-secret',
  title: 'Sentry DSN with secret key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['//'],
  pattern: /\/\/[a-f0-9]{32}:(?<secret>[a-f0-9]{32})@[A-Za-z0-9.-]+(?::\d+)?\/\d+/,
});
