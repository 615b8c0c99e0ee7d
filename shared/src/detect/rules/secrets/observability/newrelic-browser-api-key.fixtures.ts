import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'NRJS-ebbeab8dedbb53ef4ea',
    { text: 'NEW_RELIC_API_KEY=NRJS-0f8875f02940f74ff84', secret: 'NRJS-0f8875f02940f74ff84' },
    { text: '{"new_relic_api_key": "NRJS-69855dba2fa21a30ae3"}', secret: 'NRJS-69855dba2fa21a30ae3' },
    { text: 'new_relic_api_key: NRJS-3ff96ce84a459a0763e', secret: 'NRJS-3ff96ce84a459a0763e' },
    { text: 'export NEW_RELIC_API_KEY="NRJS-beca43bb31f612f7ab3"', secret: 'NRJS-beca43bb31f612f7ab3' },
    { text: 'const newRelicApiKey = \'NRJS-37ae68ca9d2aeabb191\';', secret: 'NRJS-37ae68ca9d2aeabb191' },
  ],
  negative: [
    'NEW_RELIC_API_KEY=NRJS-xxxxxxxxxxxxxxxxxxx',
    'NEW_RELIC_API_KEY=${NEW_RELIC_API_KEY}',
    'NEW_RELIC_API_KEY=<your-newrelic-browser-api-key>',
    'NEW_RELIC_API_KEY=NRJS-1cdf4bb287ebad5e216216',
    'NEW_RELIC_API_KEY=NRJS-1cdf4bb287ebad5e',
  ],
};
export default fixtures;
