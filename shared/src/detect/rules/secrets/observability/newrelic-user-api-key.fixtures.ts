import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'NRAK-TEA86KAA71023TH73LRMNTTGKMS',
    { text: 'NEW_RELIC_API_KEY=NRAK-0Z7FT5C3V7AV461WC2C5BKZ0EPV', secret: 'NRAK-0Z7FT5C3V7AV461WC2C5BKZ0EPV' },
    { text: '{"new_relic_api_key": "NRAK-F2KCXMI101P8DZICXXKOXUFUQYX"}', secret: 'NRAK-F2KCXMI101P8DZICXXKOXUFUQYX' },
    { text: 'new_relic_api_key: NRAK-M4BJXCU309UT6V7AEOF3VII9XLF', secret: 'NRAK-M4BJXCU309UT6V7AEOF3VII9XLF' },
    { text: 'export NEW_RELIC_API_KEY="NRAK-HIJBM9P4UBF74G0D4G5V8FSI3UN"', secret: 'NRAK-HIJBM9P4UBF74G0D4G5V8FSI3UN' },
    { text: 'const newRelicApiKey = \'NRAK-D3AMLAP37LA7SNWN1WW83F893E8\';', secret: 'NRAK-D3AMLAP37LA7SNWN1WW83F893E8' },
  ],
  negative: [
    'NEW_RELIC_API_KEY=NRAK-xxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'NEW_RELIC_API_KEY=${NEW_RELIC_API_KEY}',
    'NEW_RELIC_API_KEY=<your-newrelic-user-api-key>',
    'NEW_RELIC_API_KEY=NRAK-94B2YZ07C3RXHLL3HMVDJJE77IF7IF',
    'NEW_RELIC_API_KEY=NRAK-94B2YZ07C3RXHLL3HMVDJJE7',
  ],
};
export default fixtures;
