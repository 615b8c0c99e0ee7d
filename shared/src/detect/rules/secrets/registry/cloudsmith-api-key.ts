import { contextRule } from '../../../define';

/** Cloudsmith API key: 40 lowercase hex characters next to a Cloudsmith keyword. */
export const cloudsmithApiKey = contextRule({
  id: 'cloudsmith-api-key',
  title: 'Cloudsmith API key',
  severity: 'critical',
  confidence: 0.8,
  keywords: ['cloudsmith'],
  pattern: /[a-f0-9]{40}/,
  minLength: 40,
  maxLength: 40,
  minEntropy: 3.2,
});
