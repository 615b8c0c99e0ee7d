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
  // The name (with a suffix some configs add), any assignment operator or an element's `>`, an optional quote.
  pattern: /__contribsys__com\w{0,16}["']?[ \t]{0,4}(?:[:?.+]{0,3}=>?|:|>\s{0,16})[ \t]{0,4}["'\x60]?(?<secret>[0-9a-f]{8}:[0-9a-f]{8})(?![0-9a-z])/i,
});
