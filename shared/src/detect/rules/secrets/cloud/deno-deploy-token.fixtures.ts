import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'ddp_OFNwJoamfZA2KZpwG2vkuA8JCw3oZHY0SwDM',
    { text: 'DENO_DEPLOY_TOKEN=ddp_JxtzbslDbp2sP4TXM7ER33sIkJjActZYmr7W', secret: 'ddp_JxtzbslDbp2sP4TXM7ER33sIkJjActZYmr7W' },
    { text: '{"deno_deploy_token": "ddp_XUxWCRm2BJhC6VmptGjbrcILeYwOtmZk49WQ", "region": "eu-west-1"}', secret: 'ddp_XUxWCRm2BJhC6VmptGjbrcILeYwOtmZk49WQ' },
    { text: '  deno_deploy_token: ddp_lBGGLZVI02sGkrk1epXnmkwuZaSsO2BzzoCN', secret: 'ddp_lBGGLZVI02sGkrk1epXnmkwuZaSsO2BzzoCN' },
    { text: 'export DENO_DEPLOY_TOKEN="ddp_JMrD8Cim6TEd6QuIIcqG6yOIO7rzG42punoL"', secret: 'ddp_JMrD8Cim6TEd6QuIIcqG6yOIO7rzG42punoL' },
    { text: 'const denoDeployToken = \'ddp_j096Xz5iv2VMTTgYb4AKPipc515XmFgudzwL\';', secret: 'ddp_j096Xz5iv2VMTTgYb4AKPipc515XmFgudzwL' },
  ],
  negative: [
    'DENO_DEPLOY_TOKEN=ddp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DENO_DEPLOY_TOKEN=<your-deno-deploy-token>',
    'DENO_DEPLOY_TOKEN=${DENO_DEPLOY_TOKEN}',
    'DENO_DEPLOY_TOKEN=ddp_P0hHr7Co6ER2MkMYpJliPeZ6cqf79Fkha',
    'DENO_DEPLOY_TOKEN=ddp_GJGCv2zansLhIzGeiS4DTDsBqBk9HKrqRs98MQe',
  ],
};
export default fixtures;
