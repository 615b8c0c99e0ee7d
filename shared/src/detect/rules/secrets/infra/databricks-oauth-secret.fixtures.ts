import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'dose8e55662190476d69ca0063c11de25bfa',
    { text: 'DATABRICKS_CLIENT_SECRET=dose657485fceeb0281ae8e56cc2b6cf29d9', secret: 'dose657485fceeb0281ae8e56cc2b6cf29d9' },
    { text: '{"databricks_client_secret": "dose1ed346fae633d03aaf05ec9b3a4b584c", "region": "eu-west-1"}', secret: 'dose1ed346fae633d03aaf05ec9b3a4b584c' },
    { text: '  databricks_client_secret: dosead3d788e85d96210f5224216b24fee1a', secret: 'dosead3d788e85d96210f5224216b24fee1a' },
    { text: 'export DATABRICKS_CLIENT_SECRET="doseca264baf5f2984d84a4b29c4eb0afaeb"', secret: 'doseca264baf5f2984d84a4b29c4eb0afaeb' },
    { text: 'const databricksClientSecret = \'dosee2376771337971b4ebb7a9d3542200cb\';', secret: 'dosee2376771337971b4ebb7a9d3542200cb' },
  ],
  negative: [
    'DATABRICKS_CLIENT_SECRET=dosexxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DATABRICKS_CLIENT_SECRET=<your-databricks-oauth-secret>',
    'DATABRICKS_CLIENT_SECRET=${DATABRICKS_CLIENT_SECRET}',
    'DATABRICKS_CLIENT_SECRET=dose72727354b93bc737e999abb168605',
    'DATABRICKS_CLIENT_SECRET=doseab943e7628ba5f0f13f3a706b4e293cfB5G',
  ],
};
export default fixtures;
