import { contextRule } from '../../../define';

/** Discord OAuth2 client secret: 32 base64url characters next to a Discord keyword. */
export const discordClientSecret = contextRule({
  id: 'discord-client-secret',
  title: 'Discord client secret',
  severity: 'high',
  confidence: 0.85,
  keywords: ['discord'],
  pattern: /[A-Za-z0-9_-]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 4,
  requires: { digit: true, lower: true, upper: true },
});
