import { contextRule } from '../../../define';

/** Pusher Channels app secret: 20 hex characters next to a Pusher keyword. */
export const pusherAppSecret = contextRule({
  id: 'pusher-app-secret',
  title: 'Pusher app secret',
  severity: 'high',
  confidence: 0.85,
  keywords: ['pusher'],
  pattern: /[a-f0-9]{20}/,
  minLength: 20,
  maxLength: 20,
  minEntropy: 3,
});
