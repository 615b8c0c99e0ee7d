import { tokenRule } from '../../../define';

/** HubSpot private app access token: `pat-` + region (`na1`, `eu1`, ...) + `-` + UUID. */
export const hubspotPrivateAppToken = tokenRule({
  id: 'hubspot-private-app-token',
  title: 'HubSpot private app token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['pat-'],
  pattern: /pat-(?:na|eu|ap|au|ca|in|jp|sg|br|uk)\d-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![A-Za-z0-9_-])/,
});
