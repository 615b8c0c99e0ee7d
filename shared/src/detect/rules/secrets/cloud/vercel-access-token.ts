import { tokenRule } from '../../../define';

/** Vercel credential in the prefixed format: `vcp_` (personal access token), `vci_` (integration), `vca_` / `vcr_` (app access / refresh) or `vck_` (API key) + base62. */
export const vercelAccessToken = tokenRule({
  id: 'vercel-access-token',
  title: 'Vercel access token',
  severity: 'critical',
  confidence: 0.95,
  prefixes: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
  pattern: /vc[pirak]_[A-Za-z0-9]{24,80}(?![A-Za-z0-9_-])/,
  requires: { digit: true, lower: true, upper: true, after: 4 },
});
