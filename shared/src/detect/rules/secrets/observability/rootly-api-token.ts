import { tokenRule } from '../../../define';

/** Rootly API token: `rootly_` + 64 lower-case hex characters. */
export const rootlyApiToken = tokenRule({
  id: 'rootly-api-token',
  title: 'Rootly API token',
  severity: 'high',
  confidence: 0.95,
  prefixes: ['rootly_'],
  pattern: /rootly_[a-f0-9]{64}(?![A-Za-z0-9_])/,
});
