import { tokenRule } from '../../../define';

/** Cloudflare API token in the scannable format: `cfut_` (user token) or `cfat_` (account token) + 40 characters and a checksum. */
export const cloudflareApiToken = tokenRule({
  id: 'cloudflare-api-token',
  title: 'Cloudflare API token',
  severity: 'critical',
  confidence: 0.98,
  prefixes: ['cfut_', 'cfat_'],
  pattern: /cf(?:ut|at)_[A-Za-z0-9]{44,56}(?![A-Za-z0-9_-])/,
  requires: { digit: true, lower: true, upper: true, after: 5 },
});
