import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'NRAA-b536a68f0d7e6442264f16fcf62',
    { text: 'NEW_RELIC_API_KEY=NRAA-e177c835161d8f261a6dd6cd485', secret: 'NRAA-e177c835161d8f261a6dd6cd485' },
    { text: '{"new_relic_api_key": "NRAA-6cfb979e4fcafc04cc98b88c1af"}', secret: 'NRAA-6cfb979e4fcafc04cc98b88c1af' },
    { text: 'new_relic_api_key: NRAA-cb6f55c2dd88ec7ffe1a3c99a8a', secret: 'NRAA-cb6f55c2dd88ec7ffe1a3c99a8a' },
    { text: 'export NEW_RELIC_API_KEY="NRAA-3471c02051c51cbeb891ef9ba8a"', secret: 'NRAA-3471c02051c51cbeb891ef9ba8a' },
    { text: 'const newRelicApiKey = \'NRAA-be6800856a2993977ef5b0a17ba\';', secret: 'NRAA-be6800856a2993977ef5b0a17ba' },
  ],
  negative: [
    'NEW_RELIC_API_KEY=NRAA-xxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'NEW_RELIC_API_KEY=${NEW_RELIC_API_KEY}',
    'NEW_RELIC_API_KEY=<your-newrelic-admin-api-key>',
    'NEW_RELIC_API_KEY=NRAA-c92bfafa76f15ccf777170992ce2ce',
    'NEW_RELIC_API_KEY=NRAA-c92bfafa76f15ccf77717099',
  ],
};
export default fixtures;
