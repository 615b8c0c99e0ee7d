import { contextRule } from '../../../define';

/** Pipedrive API token: 40 hex characters next to a Pipedrive keyword. */
export const pipedriveApiToken = contextRule({
  id: 'pipedrive-api-token',
  title: 'Pipedrive API token',
  severity: 'high',
  confidence: 0.85,
  keywords: ['pipedrive'],
  pattern: /[a-f0-9]{40}/,
  minLength: 40,
  maxLength: 40,
  minEntropy: 3.3,
});
