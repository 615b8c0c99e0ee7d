import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'NRAK-H0LN38VCAINOW2RNUGGFAIGUEPU',
    { text: 'NEW_RELIC_API_KEY=NRAK-FFK0OTGH77MJGG1LX4A6CZBMZ7C', secret: 'NRAK-FFK0OTGH77MJGG1LX4A6CZBMZ7C' },
    { text: '{"new_relic_api_key": "NRAK-3BABVHPCQL8WSQWF2MTE1ISF6D4"}', secret: 'NRAK-3BABVHPCQL8WSQWF2MTE1ISF6D4' },
    { text: 'new_relic_api_key: NRAK-8DGVWYD7RWB78VM1XXMHLB2B1CS', secret: 'NRAK-8DGVWYD7RWB78VM1XXMHLB2B1CS' },
    { text: 'export NEW_RELIC_API_KEY="NRAK-QZDMYA45BK1NR6OUCXRI9K03UKU"', secret: 'NRAK-QZDMYA45BK1NR6OUCXRI9K03UKU' },
    { text: 'const newRelicApiKey = \'NRAK-S6BUQ6BAYWCRPCZEKQVY7QML8NJ\';', secret: 'NRAK-S6BUQ6BAYWCRPCZEKQVY7QML8NJ' },
  ],
  negative: [
    'NEW_RELIC_API_KEY=NRAK-xxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'NEW_RELIC_API_KEY=${NEW_RELIC_API_KEY}',
    'NEW_RELIC_API_KEY=<your-newrelic-user-api-key>',
    'NEW_RELIC_API_KEY=NRAK-EKLIEHUO549H9A7KCNSVVTSRQ1LQ1L',
    'NEW_RELIC_API_KEY=NRAK-EKLIEHUO549H9A7KCNSVVTSR',
  ],
};
export default fixtures;
