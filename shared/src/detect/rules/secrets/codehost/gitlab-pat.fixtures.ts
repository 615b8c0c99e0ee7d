import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'glpat-_krMT2o9sbPTfDChJELQ',
    { text: 'GITLAB_TOKEN=glpat-VFjKjI54DeUwCjwph5ve', secret: 'glpat-VFjKjI54DeUwCjwph5ve' },
    { text: '{"gitlab_token": "glpat-d-qpYDrhs2v0nKjGmbQvupWNMLp.01.ygx3ybyri", "region": "eu-west-1"}', secret: 'glpat-d-qpYDrhs2v0nKjGmbQvupWNMLp.01.ygx3ybyri' },
    { text: '  gitlab_token: glpat-rY78YtV2d15fJ0LCLirj', secret: 'glpat-rY78YtV2d15fJ0LCLirj' },
    { text: 'export GITLAB_TOKEN="glpat-Q9JCnbYsN9ASev7xKtZz"', secret: 'glpat-Q9JCnbYsN9ASev7xKtZz' },
    { text: 'const gitlabToken = \'glpat-jhNiNxUAn4QULxUpEVrwz9m-YGP.01.4caek82gt\';', secret: 'glpat-jhNiNxUAn4QULxUpEVrwz9m-YGP.01.4caek82gt' },
    'glpat-pA8K5fVuQMDfClKg-j8N5grR_fF.sou8wkhhy',
    { text: 'GITLAB_TOKEN=glpat-pA8K5fVuQMDfClKg-j8N5grR_fF.sou8wkhhy', secret: 'glpat-pA8K5fVuQMDfClKg-j8N5grR_fF.sou8wkhhy' },
  ],
  negative: [
    'GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx',
    'GITLAB_TOKEN=<your-gitlab-pat>',
    'GITLAB_TOKEN=${GITLAB_TOKEN}',
    'glpat- tokens are revoked on rotation',
    'GITLAB_TOKEN=glpat-lZwAOlmSWFPz',
  ],
};
export default fixtures;
