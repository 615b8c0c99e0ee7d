import { tokenRule } from '../../../define';

/** Cloudflare global API key in the scannable format: `cfk_` + 40 characters and a checksum. */
export const cloudflareGlobalApiKey = tokenRule({
  id: 'cloudflare-global-api-key',
  title: 'Cloudflare global API key',
  severity: 'critical',
  confidence: 0.98,
  prefixes: ['cfk_'],
  pattern: /cfk_[A-Za-z0-9]{44,56}(?![A-Za-z0-9_-])/,
  requires: { digit: true, lower: true, upper: true, after: 4 },
});
