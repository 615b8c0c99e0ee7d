import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'NRAA-cee6fb76be11a714d882f0336e6',
    { text: 'NEW_RELIC_API_KEY=NRAA-fd7908d6025e0e7dc4fbb68ef96', secret: 'NRAA-fd7908d6025e0e7dc4fbb68ef96' },
    { text: '{"new_relic_api_key": "NRAA-8dcbbe136193df05024d19a4774"}', secret: 'NRAA-8dcbbe136193df05024d19a4774' },
    { text: 'new_relic_api_key: NRAA-1fcfa14fec0df26494825ae15dd', secret: 'NRAA-1fcfa14fec0df26494825ae15dd' },
    { text: 'export NEW_RELIC_API_KEY="NRAA-490b160b7a85106f41d57e72e2f"', secret: 'NRAA-490b160b7a85106f41d57e72e2f' },
    { text: 'const newRelicApiKey = \'NRAA-b1c0f2e82ceb2dd0159bab2f847\';', secret: 'NRAA-b1c0f2e82ceb2dd0159bab2f847' },
  ],
  negative: [
    'NEW_RELIC_API_KEY=NRAA-xxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'NEW_RELIC_API_KEY=${NEW_RELIC_API_KEY}',
    'NEW_RELIC_API_KEY=<your-newrelic-admin-api-key>',
    'NEW_RELIC_API_KEY=NRAA-395a671608885ad312452d57a9aa9a',
    'NEW_RELIC_API_KEY=NRAA-395a671608885ad312452d57',
  ],
};
export default fixtures;
