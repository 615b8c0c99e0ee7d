import { contextRule } from '../../../define';

/** Plivo auth token: 40 base62 characters next to a Plivo keyword. */
export const plivoAuthToken = contextRule({
  id: 'plivo-auth-token',
  title: 'Plivo auth token',
  severity: 'high',
  confidence: 0.85,
  keywords: ['plivo'],
  pattern: /[A-Za-z0-9]{40}/,
  minLength: 40,
  maxLength: 40,
  minEntropy: 4,
  validate: (value) => {
    const body = value.slice(0);
    return /[0-9]/.test(body) && /[a-z]/.test(body) && /[A-Z]/.test(body);
  },
});
