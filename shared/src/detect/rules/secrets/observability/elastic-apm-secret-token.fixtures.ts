import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ELASTIC_APM_SECRET_TOKEN=RBqowldzO5NWr7PQYJVJsVl7', secret: 'RBqowldzO5NWr7PQYJVJsVl7' },
    { text: '{"elastic_apm_secret_token": "CsJRA3R7SvPHN4fxLtxd1Rk7"}', secret: 'CsJRA3R7SvPHN4fxLtxd1Rk7' },
    { text: 'elastic_apm_secret_token: B54aS0OynysYuECgcUjR3ALt', secret: 'B54aS0OynysYuECgcUjR3ALt' },
    { text: 'export ELASTIC_APM_SECRET_TOKEN="ecaQ80nd0OVGvZnBFhj0kepB"', secret: 'ecaQ80nd0OVGvZnBFhj0kepB' },
  ],
  negative: [
    'ELASTIC_APM_SECRET_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxx',
    'ELASTIC_APM_SECRET_TOKEN=${ELASTIC_APM_SECRET_TOKEN}',
    'ELASTIC_APM_SECRET_TOKEN=<your-elastic-apm-secret-token>',
    '"etag": "ns7m5hLTjWw9NDuZaIXq5Joz"',
    'secret_token: P9J7BSeqj8qXjlGwTMyVkrgQ',
  ],
};
export default fixtures;
