import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'fw_IhBvQZqxrfjQAGQZdI9CAoJM',
    { text: 'FIREWORKS_API_KEY=fw_YRDdZ03etaUCSLEInPewibSi', secret: 'fw_YRDdZ03etaUCSLEInPewibSi' },
    { text: '{"fireworks_api_key": "fw_pGrSo33AtQw8up3NEzVdMN2l"}', secret: 'fw_pGrSo33AtQw8up3NEzVdMN2l' },
    { text: 'fireworks_api_key: fw_gqabsT4lLx8Fe2B7HNgccgqk', secret: 'fw_gqabsT4lLx8Fe2B7HNgccgqk' },
    { text: 'export FIREWORKS_API_KEY="fw_VKOGRlu4hTIxutbCqDkNRRkH"', secret: 'fw_VKOGRlu4hTIxutbCqDkNRRkH' },
    { text: 'const fireworksApiKey = \'fw_C82GMKQBnVdX4MAM9hAQG4PE\';', secret: 'fw_C82GMKQBnVdX4MAM9hAQG4PE' },
  ],
  negative: [
    'FIREWORKS_API_KEY=fw_xxxxxxxxxxxxxxxxxxxxxxxx',
    'FIREWORKS_API_KEY=${FIREWORKS_API_KEY}',
    'FIREWORKS_API_KEY=<your-fireworks-api-key>',
    'fw_updateFirmwareVersionNow',
    'call fw_readConfigurationRegister()',
  ],
};
export default fixtures;
