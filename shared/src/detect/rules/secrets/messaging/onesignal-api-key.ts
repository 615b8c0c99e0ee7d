import { tokenRule } from '../../../define';

/** OneSignal REST / organization API key: `os_v2_app_` or `os_v2_org_` + long base32 body. */
export const onesignalApiKey = tokenRule({
  id: 'onesignal-api-key',
  title: 'OneSignal API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['os_v2_'],
  pattern: /os_v2_(?:app|org)_[a-z2-7]{80,140}(?![A-Za-z0-9])/,
});
