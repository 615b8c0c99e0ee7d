import { contextRule } from '../../../define';

/** Pushover application token or user key: 30 alphanumeric characters next to a Pushover keyword. */
export const pushoverToken = contextRule({
  id: 'pushover-token',
  title: 'Pushover token',
  severity: 'medium',
  confidence: 0.85,
  keywords: ['pushover'],
  pattern: /[A-Za-z0-9]{30}/,
  minLength: 30,
  maxLength: 30,
  minEntropy: 3.8,
  validate: (value) => /[0-9]/.test(value.slice(0)) && /[A-Za-z]/.test(value.slice(0)),
});
