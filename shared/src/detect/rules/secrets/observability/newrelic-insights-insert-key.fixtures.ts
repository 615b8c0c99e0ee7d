import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'NRII-9X1Gg-krtpap1FU7G87iVkcI4dBP-AdK',
    { text: 'NEW_RELIC_API_KEY=NRII-OA1tLaDauFh_lwXMfrbzV-VXCzoDPpFz', secret: 'NRII-OA1tLaDauFh_lwXMfrbzV-VXCzoDPpFz' },
    { text: '{"new_relic_api_key": "NRII-83bnGEH6wo-sc4PQzRVp_mLRL3UJErBr"}', secret: 'NRII-83bnGEH6wo-sc4PQzRVp_mLRL3UJErBr' },
    { text: 'new_relic_api_key: NRII-_shmVjMDzXQ9HLrA1LLuegd031IbvJV9', secret: 'NRII-_shmVjMDzXQ9HLrA1LLuegd031IbvJV9' },
    { text: 'export NEW_RELIC_API_KEY="NRII-bmr2AGlyQRASzD3YLBcAKG-QAHqmpqeg"', secret: 'NRII-bmr2AGlyQRASzD3YLBcAKG-QAHqmpqeg' },
    { text: 'const newRelicApiKey = \'NRII-luaY89BDFocypccsrIKST1SHUH4l_0b6\';', secret: 'NRII-luaY89BDFocypccsrIKST1SHUH4l_0b6' },
  ],
  negative: [
    'NEW_RELIC_API_KEY=NRII-xxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxx',
    'NEW_RELIC_API_KEY=${NEW_RELIC_API_KEY}',
    'NEW_RELIC_API_KEY=<your-newrelic-insights-insert-key>',
    'NEW_RELIC_API_KEY=NRII-rIuj60DW23UOJ00AI0sqDHcr8_Ijrlsmlsm',
    'NEW_RELIC_API_KEY=NRII-rIuj60DW23UOJ00AI0sqDHcr8_Ijr',
  ],
};
export default fixtures;
