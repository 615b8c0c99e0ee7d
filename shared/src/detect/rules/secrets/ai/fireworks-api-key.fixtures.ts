import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'fw_Yc7aw30jN0hMfg3uqHza6Obz',
    { text: 'FIREWORKS_API_KEY=fw_ppoBJex9VEPfapkmxB6dvbjZ', secret: 'fw_ppoBJex9VEPfapkmxB6dvbjZ' },
    { text: '{"fireworks_api_key": "fw_KEr3JoIif3VYUvMXMtFMFDNz"}', secret: 'fw_KEr3JoIif3VYUvMXMtFMFDNz' },
    { text: 'fireworks_api_key: fw_uPZztf6JDx3CruzY3dlLCQQC', secret: 'fw_uPZztf6JDx3CruzY3dlLCQQC' },
    { text: 'export FIREWORKS_API_KEY="fw_5DmdpdYogMlvfkF6brbMQ3Sq"', secret: 'fw_5DmdpdYogMlvfkF6brbMQ3Sq' },
    { text: 'const fireworksApiKey = \'fw_dFTHghSV5bwFpuSDsRBiIiBv\';', secret: 'fw_dFTHghSV5bwFpuSDsRBiIiBv' },
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
