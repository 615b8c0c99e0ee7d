import { contextRule } from '../../../define';

/** LINE channel secret: 32 hex characters next to a LINE keyword. */
export const lineChannelSecret = contextRule({
  id: 'line-channel-secret',
  title: 'LINE channel secret',
  severity: 'high',
  confidence: 0.85,
  keywords: ['line_channel_secret', 'line_secret', 'linebot', 'line_bot'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.3,
});
