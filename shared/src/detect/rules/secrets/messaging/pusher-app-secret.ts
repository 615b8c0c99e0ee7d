import { contextRule } from '../../../define';

/** Pusher Channels app secret: 20 hex characters next to a Pusher secret keyword (the public app key has the same shape). */
export const pusherAppSecret = contextRule({
  id: 'pusher-app-secret',
  title: 'Pusher app secret',
  severity: 'high',
  confidence: 0.85,
  keywords: ['pusher_secret', 'pusher_app_secret', 'pusher-secret', 'pusher-app-secret', 'pushersecret'],
  pattern: /[a-f0-9]{20}/,
  minLength: 20,
  maxLength: 20,
  minEntropy: 3,
});
