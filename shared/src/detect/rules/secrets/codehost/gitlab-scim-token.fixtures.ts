import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'glsoat-LMA849X6j5SyDBuXaY7z',
    { text: 'GITLAB_SCIM_TOKEN=glsoat-USA1cJUXCGQv-0OOrA4z', secret: 'glsoat-USA1cJUXCGQv-0OOrA4z' },
    { text: '{"scim_token": "glsoat-2ohzvZFbs1m2AXZZD5JW", "region": "eu-west-1"}', secret: 'glsoat-2ohzvZFbs1m2AXZZD5JW' },
    { text: '  scim_token: glsoat-uPMB3pUrsj2XOQhtbgUA', secret: 'glsoat-uPMB3pUrsj2XOQhtbgUA' },
    { text: 'export GITLAB_SCIM_TOKEN="glsoat-Sk2dkiYSk9wktopeKT0Z"', secret: 'glsoat-Sk2dkiYSk9wktopeKT0Z' },
    { text: 'const scimToken = \'glsoat-DKHtoaAaeEOX65omHL0m\';', secret: 'glsoat-DKHtoaAaeEOX65omHL0m' },
  ],
  negative: [
    'GITLAB_SCIM_TOKEN=glsoat-xxxxxxxxxxxxxxxxxxxx',
    'GITLAB_SCIM_TOKEN=<your-gitlab-scim-token>',
    'GITLAB_SCIM_TOKEN=${GITLAB_SCIM_TOKEN}',
    'glsoat- tokens are revoked on rotation',
    'GITLAB_SCIM_TOKEN=glsoat-lszJtSknxOhf',
  ],
};
export default fixtures;
