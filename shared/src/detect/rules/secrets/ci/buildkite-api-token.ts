import { tokenRule } from '../../../define';

/** Buildkite user API access token: `bkua_` + 40 lower-case letters and digits (hex in most, not all). */
export const buildkiteApiToken = tokenRule({
  id: 'buildkite-api-token',
  title: 'Buildkite API access token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['bkua_'],
  pattern: /bkua_[a-z0-9]{40}(?![A-Za-z0-9_])/,
});
