import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'phx_WXwduuadespDqg3YvTZ0aKywTRWbqTMDLOOUJGzaTD9',
    { text: 'POSTHOG_PERSONAL_API_KEY=phx_x3X1gzC3MljbcdUMLM5YlKAIBi9tY1Y1RMNunHNIYsU', secret: 'phx_x3X1gzC3MljbcdUMLM5YlKAIBi9tY1Y1RMNunHNIYsU' },
    { text: '{"posthog_personal_api_key": "phx_yvOFatxW7y2uWoG5N1yeyGqai6184XNrwGFo9rhbsrm"}', secret: 'phx_yvOFatxW7y2uWoG5N1yeyGqai6184XNrwGFo9rhbsrm' },
    { text: 'posthog_personal_api_key: phx_KjOVIt34uoNMWUnd1QvJBzkRrmxmkz1UOcguskxYem2', secret: 'phx_KjOVIt34uoNMWUnd1QvJBzkRrmxmkz1UOcguskxYem2' },
    { text: 'export POSTHOG_PERSONAL_API_KEY="phx_KfPiKmZ3qnYUPxL9TlZAGdP2btN5B0ziPLpI0M8ytOG"', secret: 'phx_KfPiKmZ3qnYUPxL9TlZAGdP2btN5B0ziPLpI0M8ytOG' },
    { text: 'const posthogPersonalApiKey = \'phx_bhB0zH6qFzRI9xw0SCg2A7csl8A6k2qM4TaEPnb3mkq\';', secret: 'phx_bhB0zH6qFzRI9xw0SCg2A7csl8A6k2qM4TaEPnb3mkq' },
  ],
  negative: [
    'POSTHOG_PERSONAL_API_KEY=phx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'POSTHOG_PERSONAL_API_KEY=${POSTHOG_PERSONAL_API_KEY}',
    'POSTHOG_PERSONAL_API_KEY=<your-posthog-personal-api-key>',
    'POSTHOG_PERSONAL_API_KEY=phx_rdbtwZ1Wm4e4pe9TZSAulJsJHPo9BJCgqG9mLb3VFRwFRw',
    'POSTHOG_PERSONAL_API_KEY=phx_rdbtwZ1Wm4e4pe9TZSAulJsJHPo9BJCgqG9mLb3V',
  ],
};
export default fixtures;
