import { tokenRule } from '../../../define';

/** PostHog personal API key: `phx_` followed by 43 base62 characters or `_` (project keys `phc_` are public). */
export const posthogPersonalApiKey = tokenRule({
  id: 'posthog-personal-api-key',
  title: 'PostHog personal API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['phx_'],
  pattern: /phx_[A-Za-z0-9_]{43}(?![A-Za-z0-9_])/,
});
