import { contextRule } from '../../../define';

/** Facebook (Meta) or Instagram app secret: 32 hex characters next to a Facebook keyword. */
export const facebookAppSecret = contextRule({
  id: 'facebook-app-secret',
  title: 'Facebook / Instagram app secret',
  severity: 'high',
  confidence: 0.85,
  keywords: ['facebook', 'fb_app_secret', 'fb_secret', 'fb_client_secret', 'instagram', 'meta_app_secret'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.3,
});
