import { contextRule } from '../../../define';

/** Mixpanel API secret: 32 hex characters next to a Mixpanel secret keyword (project tokens have the same shape and are public). */
export const mixpanelApiSecret = contextRule({
  id: 'mixpanel-api-secret',
  title: 'Mixpanel API secret',
  severity: 'high',
  confidence: 0.85,
  keywords: ['mixpanel_secret', 'mixpanel_api_secret', 'mixpanel-secret', 'mixpanel_service_account', 'mixpanel_key'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.3,
});
