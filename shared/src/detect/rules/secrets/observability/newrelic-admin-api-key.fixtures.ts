import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'NRAA-540f7bfc61ff39354439888a91f',
    { text: 'NEW_RELIC_API_KEY=NRAA-70fd3ffb296c81de56a2eef6571', secret: 'NRAA-70fd3ffb296c81de56a2eef6571' },
    { text: '{"new_relic_api_key": "NRAA-415c68248ce5433552046e4075f"}', secret: 'NRAA-415c68248ce5433552046e4075f' },
    { text: 'new_relic_api_key: NRAA-ad9a187f71c5df223f6775f2072', secret: 'NRAA-ad9a187f71c5df223f6775f2072' },
    { text: 'export NEW_RELIC_API_KEY="NRAA-79e86fecfa27d9b54e9ee7292f1"', secret: 'NRAA-79e86fecfa27d9b54e9ee7292f1' },
    { text: 'const newRelicApiKey = \'NRAA-ca8cd86cf2c905d7467568f8e15\';', secret: 'NRAA-ca8cd86cf2c905d7467568f8e15' },
  ],
  negative: [
    'NEW_RELIC_API_KEY=NRAA-xxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'NEW_RELIC_API_KEY=${NEW_RELIC_API_KEY}',
    'NEW_RELIC_API_KEY=<your-newrelic-admin-api-key>',
    'NEW_RELIC_API_KEY=NRAA-f9a2f590c9cf3f12d17f2696a18a18',
    'NEW_RELIC_API_KEY=NRAA-f9a2f590c9cf3f12d17f2696',
  ],
};
export default fixtures;
