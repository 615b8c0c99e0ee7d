import { regexRule } from '../../../define';

/**
 * Sidekiq Pro / Enterprise gem server credentials, as Bundler reads them from the environment or its config:
 * `BUNDLE_ENTERPRISE__CONTRIBSYS__COM=<hex8>:<hex8>` (or `BUNDLE_GEMS__…`), in `.env`, CI settings, a Dockerfile
 * or `.bundle/config` (`BUNDLE_GEMS__CONTRIBSYS__COM: "…"`). The pair is the license: both halves are the secret.
 */
export const sidekiqGemCredentials = regexRule({
  id: 'sidekiq-gem-credentials',
  anchors: ['__contribsys__com'],
  title: 'Sidekiq Pro/Enterprise gem credentials',
  severity: 'high',
  confidence: 0.95,
  pattern: /__contribsys__com["']?[ \t]{0,4}(?::|=|:=)[ \t]{0,4}["']?(?<secret>[0-9a-f]{8}:[0-9a-f]{8})(?![0-9a-z])/i,
});
