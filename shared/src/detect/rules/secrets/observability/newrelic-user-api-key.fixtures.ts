import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'NRAK-L6P52RLN50BRTVMKUM9LG4BY7H8',
    { text: 'NEW_RELIC_API_KEY=NRAK-GVR05HCNPW9169MBIWN0GBZSM50', secret: 'NRAK-GVR05HCNPW9169MBIWN0GBZSM50' },
    { text: '{"new_relic_api_key": "NRAK-5V2C5NK9DX5G731U27KU9JEG7SG"}', secret: 'NRAK-5V2C5NK9DX5G731U27KU9JEG7SG' },
    { text: 'new_relic_api_key: NRAK-U5X5KGEN4QK4OUANAFWAKMR1F92', secret: 'NRAK-U5X5KGEN4QK4OUANAFWAKMR1F92' },
    { text: 'export NEW_RELIC_API_KEY="NRAK-GO2ZKY20JX0K7YLETSLGF0CPLTX"', secret: 'NRAK-GO2ZKY20JX0K7YLETSLGF0CPLTX' },
    { text: 'const newRelicApiKey = \'NRAK-W5Q8XVCJP0RJRFWLU7H3RV9KCP8\';', secret: 'NRAK-W5Q8XVCJP0RJRFWLU7H3RV9KCP8' },
  ],
  negative: [
    'NEW_RELIC_API_KEY=NRAK-xxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'NEW_RELIC_API_KEY=${NEW_RELIC_API_KEY}',
    'NEW_RELIC_API_KEY=<your-newrelic-user-api-key>',
    'NEW_RELIC_API_KEY=NRAK-3R6FEC1GLCHKUFBIRJ51Y6TAUYSUYS',
    'NEW_RELIC_API_KEY=NRAK-3R6FEC1GLCHKUFBIRJ51Y6TA',
  ],
};
export default fixtures;
