import { contextRule } from '../../../define';

/** Cloudsmith API key: 40 lowercase hex characters next to a Cloudsmith keyword. */
export const cloudsmithApiKey = contextRule({
  id: 'cloudsmith-api-key',
  title: 'Cloudsmith API key',
  severity: 'critical',
  confidence: 0.8,
  keywords: [
    'cloudsmith_api_key',
    'cloudsmith_api_token',
    'cloudsmith_token',
    'cloudsmith_key',
    'cloudsmith token',
    'cloudsmithapikey',
    'cloudsmith.api.key',
    'cloudsmith-api-key',
    'cloudsmithapitoken',
    'cloudsmith.api.token',
    'cloudsmith-api-token',
    'cloudsmithtoken',
    'cloudsmith.token',
    'cloudsmith-token',
    'cloudsmithkey',
    'cloudsmith.key',
    'cloudsmith-key',
  ],
  pattern: /[a-f0-9]{40}/,
  minLength: 40,
  maxLength: 40,
  minEntropy: 3.2,
});
