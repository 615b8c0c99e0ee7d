import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'TOGETHER_API_KEY=811ea8e763b039903da96d711ecf6646cf4b5719b0d63d6769e0d0d1f9a342ec', secret: '811ea8e763b039903da96d711ecf6646cf4b5719b0d63d6769e0d0d1f9a342ec' },
    { text: '{"together_api_key": "93ad767d899eb909c39ccca3e089654251587895e7a92236eb116f6e457979b8"}', secret: '93ad767d899eb909c39ccca3e089654251587895e7a92236eb116f6e457979b8' },
    { text: 'together_api_key: 4a5f171677853a55be244349bf9032642611888fa218fb530738b36228ff7b50', secret: '4a5f171677853a55be244349bf9032642611888fa218fb530738b36228ff7b50' },
    { text: 'export TOGETHER_API_KEY="2022e76ac245fb7bbe78189b28d3894d651eb2e51767a8512b07761bea99c16c"', secret: '2022e76ac245fb7bbe78189b28d3894d651eb2e51767a8512b07761bea99c16c' },
  ],
  negative: [
    'TOGETHER_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'TOGETHER_API_KEY=${TOGETHER_API_KEY}',
    'TOGETHER_API_KEY=<your-together-legacy-api-key>',
    '"etag": "70d1a2da49d2779e7f5b3cab84a0db21bef5b706aff7f56dc0004dca35ee24b1"',
    'TOGETHER_API_KEY=70d1a2da49d2779e7f5b3cab84a0db21bef5b706aff7f56dc0004dca35ee24b14b1',
    'TOGETHER_API_KEY=70d1a2da49d2779e7f5b3cab84a0db21bef5b706aff7f56dc0004dca35ee2',
    'put these together: 6f40e7b77e00b168f740b522b1a2ba1d0cc1d47e90261e44cad233f01744828d',
  ],
};
export default fixtures;
