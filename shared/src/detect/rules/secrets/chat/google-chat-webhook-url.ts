import { tokenRule } from '../../../define';

/** Google Chat incoming webhook URL; the `token` query parameter is the secret. The URL token ends at `?`; the pattern spans the query. */
export const googleChatWebhookUrl = tokenRule({
  id: 'google-chat-webhook-url',
  title: 'Google Chat webhook token',
  severity: 'high',
  confidence: 0.95,
  prefixes: ['//chat.googleapis.com/v1/spaces/', 'chat.googleapis.com/v1/spaces/'],
  pattern: /(?:\/\/)?chat\.googleapis\.com\/v1\/spaces\/[A-Za-z0-9_-]{6,20}\/messages\?[^\s"'<>]{0,200}?token=(?<secret>[A-Za-z0-9_-]{40,50}(?:%3D)?)/,
});
