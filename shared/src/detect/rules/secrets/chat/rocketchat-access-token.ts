import { contextRule } from '../../../define';

/** Rocket.Chat personal access token: 43 base64url characters next to a Rocket.Chat keyword. */
export const rocketchatAccessToken = contextRule({
  id: 'rocketchat-access-token',
  title: 'Rocket.Chat personal access token',
  severity: 'high',
  confidence: 0.85,
  keywords: ['rocketchat', 'rocket.chat', 'rocket_chat', 'x-auth-token'],
  pattern: /[A-Za-z0-9_-]{43}/,
  minLength: 43,
  maxLength: 43,
  minEntropy: 4.2,
  validate: (value) => {
    const body = value.slice(0);
    return /[0-9]/.test(body) && /[a-z]/.test(body) && /[A-Z]/.test(body);
  },
});
