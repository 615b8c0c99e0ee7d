import { tokenRule } from '../../../define';

/** Buildkite user API access token: `bkua_` + 40 lowercase hex characters. */
export const buildkiteApiToken = tokenRule({
  id: 'buildkite-api-token',
  title: 'Buildkite API access token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['bkua_'],
  pattern: /bkua_[a-f0-9]{40}(?![A-Za-z0-9_])/,
});
