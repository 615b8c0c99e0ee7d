import { contextRule } from '../../../define';

/** Box developer token or client secret: 32 base62 characters next to a Box keyword (never the bare word "box"). */
export const boxDeveloperToken = contextRule({
  id: 'box-developer-token',
  title: 'Box developer token / client secret',
  severity: 'high',
  confidence: 0.85,
  keywords: ['box_developer_token', 'box_access_token', 'box_client_secret', 'box_token', 'box_api', 'box.com', 'boxsdk'],
  pattern: /[A-Za-z0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 4,
  requires: { digit: true, lower: true, upper: true },
});
