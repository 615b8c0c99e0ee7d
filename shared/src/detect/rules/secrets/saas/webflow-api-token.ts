import { contextRule } from '../../../define';

/** Webflow API token: 64 hex characters next to a Webflow keyword. */
export const webflowApiToken = contextRule({
  id: 'webflow-api-token',
  title: 'Webflow API token',
  severity: 'high',
  confidence: 0.85,
  keywords: ['webflow'],
  pattern: /[a-f0-9]{64}/,
  minLength: 64,
  maxLength: 64,
  minEntropy: 3.3,
});
