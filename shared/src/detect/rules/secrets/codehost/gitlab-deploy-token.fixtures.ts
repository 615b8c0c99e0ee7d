import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'gldt-mBBHYauWVH5Whym8v1bq',
    { text: 'GITLAB_DEPLOY_TOKEN=gldt-eSK47vzhB9gDQOntUDIH', secret: 'gldt-eSK47vzhB9gDQOntUDIH' },
    { text: '{"deploy_token": "gldt-Wjaa4_pKdVwZYSqC_2bb", "region": "eu-west-1"}', secret: 'gldt-Wjaa4_pKdVwZYSqC_2bb' },
    { text: '  deploy_token: gldt-Rg3CwGU8dLjvrLsQmVVw', secret: 'gldt-Rg3CwGU8dLjvrLsQmVVw' },
    { text: 'export GITLAB_DEPLOY_TOKEN="gldt-12YMagGkyhR1tY8zJpdM"', secret: 'gldt-12YMagGkyhR1tY8zJpdM' },
    { text: 'const deployToken = \'gldt-9W3V_WAcMNcNPvwGILvV\';', secret: 'gldt-9W3V_WAcMNcNPvwGILvV' },
  ],
  negative: [
    'GITLAB_DEPLOY_TOKEN=gldt-xxxxxxxxxxxxxxxxxxxx',
    'GITLAB_DEPLOY_TOKEN=<your-gitlab-deploy-token>',
    'GITLAB_DEPLOY_TOKEN=${GITLAB_DEPLOY_TOKEN}',
    'gldt- tokens are revoked on rotation',
    'GITLAB_DEPLOY_TOKEN=gldt-Mc1zJEnJwd51',
  ],
};
export default fixtures;
