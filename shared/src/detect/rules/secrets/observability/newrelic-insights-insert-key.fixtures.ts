import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'NRII-uRM2W-V_z8W1KNl_DGlkfbU723fXBkmP',
    { text: 'NEW_RELIC_API_KEY=NRII-EMJtbJwFGLurfUJjTFcoS5lZVIan-5VI', secret: 'NRII-EMJtbJwFGLurfUJjTFcoS5lZVIan-5VI' },
    { text: '{"new_relic_api_key": "NRII-2FbAKZUIUwX14oXGrYIg9XZZxRW01vg0"}', secret: 'NRII-2FbAKZUIUwX14oXGrYIg9XZZxRW01vg0' },
    { text: 'new_relic_api_key: NRII-Y44LZYnH3FC4kZTXZmiCsFLPf2qkqzlG', secret: 'NRII-Y44LZYnH3FC4kZTXZmiCsFLPf2qkqzlG' },
    { text: 'export NEW_RELIC_API_KEY="NRII-wFv622IWXDrM7TjNg3QxZlCo35jbaypK"', secret: 'NRII-wFv622IWXDrM7TjNg3QxZlCo35jbaypK' },
    { text: 'const newRelicApiKey = \'NRII-HWihgyebbmU2fJe1PeR_Hur8V1KRqnwN\';', secret: 'NRII-HWihgyebbmU2fJe1PeR_Hur8V1KRqnwN' },
  ],
  negative: [
    'NEW_RELIC_API_KEY=NRII-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'NEW_RELIC_API_KEY=${NEW_RELIC_API_KEY}',
    'NEW_RELIC_API_KEY=<your-newrelic-insights-insert-key>',
    'NEW_RELIC_API_KEY=NRII-JLtgPMd3ihXNZDqTFhf37Ld87kIB7mHAmHA',
    'NEW_RELIC_API_KEY=NRII-JLtgPMd3ihXNZDqTFhf37Ld87kIB7',
  ],
};
export default fixtures;
