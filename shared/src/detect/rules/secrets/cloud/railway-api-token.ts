import { contextRule } from '../../../define';

/** Railway account, team or project token: a UUID next to a Railway token keyword (project, service and environment ids are UUIDs too). */
export const railwayApiToken = contextRule({
  id: 'railway-api-token',
  title: 'Railway API token',
  severity: 'critical',
  confidence: 0.8,
  keywords: [
    'railway_token',
    'railway_api_token',
    'railway_api_key',
    'railway_project_token',
    'railway token',
    'railwaytoken',
    'railway.token',
    'railway-token',
    'railwayapitoken',
    'railway.api.token',
    'railway-api-token',
    'railwayapikey',
    'railway.api.key',
    'railway-api-key',
    'railwayprojecttoken',
    'railway.project.token',
    'railway-project-token',
  ],
  pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3,
});
