import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ELASTIC_APM_SECRET_TOKEN=DbTyJyEqsHuflPLRn5wTl5Y6', secret: 'DbTyJyEqsHuflPLRn5wTl5Y6' },
    { text: '{"elastic_apm_secret_token": "x0w7L3eJ8MWiVYcfhZSpAr8a"}', secret: 'x0w7L3eJ8MWiVYcfhZSpAr8a' },
    { text: 'elastic_apm_secret_token: a8Pk6Vpa9ptHPonqQlooPUrQ', secret: 'a8Pk6Vpa9ptHPonqQlooPUrQ' },
    { text: 'export ELASTIC_APM_SECRET_TOKEN="lb5nha8WkPZFD4CcWvZlWfh2"', secret: 'lb5nha8WkPZFD4CcWvZlWfh2' },
  ],
  negative: [
    'ELASTIC_APM_SECRET_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxx',
    'ELASTIC_APM_SECRET_TOKEN=${ELASTIC_APM_SECRET_TOKEN}',
    'ELASTIC_APM_SECRET_TOKEN=<your-elastic-apm-secret-token>',
    '"etag": "xjMvyd4PebdY2GxpB4HIYsm2"',
    'secret_token: rdGZB5WtJHLdHUBhUmTiw9MR',
  ],
};
export default fixtures;
