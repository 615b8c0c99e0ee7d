import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'NRIQ-wBtjLtCUBvLhCjhlmKxifJCU1St33XUT',
    { text: 'NEW_RELIC_API_KEY=NRIQ-WXBBeU3qzElm6hoVePdRTM2sV9Y5sbx-', secret: 'NRIQ-WXBBeU3qzElm6hoVePdRTM2sV9Y5sbx-' },
    { text: '{"new_relic_api_key": "NRIQ-b0Xu0TPQMg-hb3HkqfyK71qZSJBM3juA"}', secret: 'NRIQ-b0Xu0TPQMg-hb3HkqfyK71qZSJBM3juA' },
    { text: 'new_relic_api_key: NRIQ-9ScWKvBiskl4MfOTP5zCPZ9pOm1Ye0GU', secret: 'NRIQ-9ScWKvBiskl4MfOTP5zCPZ9pOm1Ye0GU' },
    { text: 'export NEW_RELIC_API_KEY="NRIQ-zFTGcCuMnhi8R-PtSU43WyAeEDPduR6H"', secret: 'NRIQ-zFTGcCuMnhi8R-PtSU43WyAeEDPduR6H' },
    { text: 'const newRelicApiKey = \'NRIQ-d5lZ2gaEQFAxSTh37d_0kZCYf0t_Vt8l\';', secret: 'NRIQ-d5lZ2gaEQFAxSTh37d_0kZCYf0t_Vt8l' },
  ],
  negative: [
    'NEW_RELIC_API_KEY=NRIQ-xxxxxxxxxxx_xxxxxx-xxxxxxxxxxxxx',
    'NEW_RELIC_API_KEY=${NEW_RELIC_API_KEY}',
    'NEW_RELIC_API_KEY=<your-newrelic-insights-query-key>',
    'NEW_RELIC_API_KEY=NRIQ-LJpqkRmZ0Fl_yhbKZz-7OYquAqGxiYUrYUr',
    'NEW_RELIC_API_KEY=NRIQ-LJpqkRmZ0Fl_yhbKZz-7OYquAqGxi',
  ],
};
export default fixtures;
