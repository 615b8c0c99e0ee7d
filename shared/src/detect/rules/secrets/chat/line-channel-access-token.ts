import { contextRule } from '../../../define';

/** LINE Messaging API long-lived channel access token: about 172 base64 characters next to a LINE keyword. */
export const lineChannelAccessToken = contextRule({
  id: 'line-channel-access-token',
  title: 'LINE channel access token',
  severity: 'high',
  confidence: 0.85,
  keywords: ['line_channel', 'channel_access_token', 'linebot', 'line_bot', 'line-bot'],
  pattern: /[A-Za-z0-9+/]{150,200}={0,2}/,
  minLength: 150,
  maxLength: 202,
  minEntropy: 4.5,
});
