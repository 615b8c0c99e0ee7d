import { tokenRule } from '../../../define';

/** Fly.io personal access token (older format): `fo1_` + 43 base64url characters. */
export const flyioAccessToken = tokenRule({
  id: 'flyio-access-token',
  title: 'Fly.io access token',
  severity: 'critical',
  confidence: 0.98,
  prefixes: ['fo1_'],
  pattern: /fo1_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/,
});
