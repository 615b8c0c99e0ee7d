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
  requires: { digit: true, lower: true, upper: true },
});
