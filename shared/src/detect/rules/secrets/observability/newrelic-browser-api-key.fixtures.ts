import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'NRJS-1cc2bc716dac80a99cd',
    { text: 'NEW_RELIC_API_KEY=NRJS-c78a1bffdd3d8a27219', secret: 'NRJS-c78a1bffdd3d8a27219' },
    { text: '{"new_relic_api_key": "NRJS-de70a1c35a28133381b"}', secret: 'NRJS-de70a1c35a28133381b' },
    { text: 'new_relic_api_key: NRJS-54536f077d1bec6e209', secret: 'NRJS-54536f077d1bec6e209' },
    { text: 'export NEW_RELIC_API_KEY="NRJS-8d081a1d87b3dcf5d98"', secret: 'NRJS-8d081a1d87b3dcf5d98' },
    { text: 'const newRelicApiKey = \'NRJS-b1c4140ee0b351316a2\';', secret: 'NRJS-b1c4140ee0b351316a2' },
  ],
  negative: [
    'NEW_RELIC_API_KEY=NRJS-xxxxxxxxxxxxxxxxxxx',
    'NEW_RELIC_API_KEY=${NEW_RELIC_API_KEY}',
    'NEW_RELIC_API_KEY=<your-newrelic-browser-api-key>',
    'NEW_RELIC_API_KEY=NRJS-d17bf3a0b66e2cc0b8eb8e',
    'NEW_RELIC_API_KEY=NRJS-d17bf3a0b66e2cc0',
  ],
};
export default fixtures;
