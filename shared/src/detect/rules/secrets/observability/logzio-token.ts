import { contextRule } from '../../../define';

/** Logz.io shipping or API token: 32 base62 characters next to a Logz.io keyword. */
export const logzioToken = contextRule({
  id: 'logzio-token',
  title: 'Logz.io token',
  severity: 'high',
  confidence: 0.85,
  keywords: ['logz'],
  pattern: /[A-Za-z0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.8,
  validate: (value) => /[a-z]/.test(value.slice(0)) && /[A-Z]/.test(value.slice(0)),
});
