import { contextRule } from '../../../define';

/** Legacy HubSpot API key (`hapikey`): a UUID next to a HubSpot keyword. */
export const hubspotApiKey = contextRule({
  id: 'hubspot-api-key',
  title: 'HubSpot API key (legacy)',
  severity: 'high',
  confidence: 0.85,
  keywords: ['hubspot', 'hapikey'],
  pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3,
});
