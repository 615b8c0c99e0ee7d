import { tokenRule } from '../../../define';

/** Deno Deploy personal access token: `ddp_` + 36 base62 characters. */
export const denoDeployToken = tokenRule({
  id: 'deno-deploy-token',
  title: 'Deno Deploy access token',
  severity: 'critical',
  confidence: 0.97,
  prefixes: ['ddp_'],
  pattern: /ddp_[A-Za-z0-9]{36}(?![A-Za-z0-9])/,
  requires: { lower: true, upper: true, after: 4 },
});
