import { contextRule } from '../../../define';

/** Bugsnag API / auth key: 32 hex characters next to a Bugsnag keyword. */
export const bugsnagApiKey = contextRule({
  id: 'bugsnag-api-key',
  title: 'Bugsnag API key',
  severity: 'medium',
  confidence: 0.85,
  keywords: ['bugsnag'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.3,
});
