import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'dp.scim.Ioz6CoydxMEmlBji96et2yd807fQ8WPE63mlPirdvT4',
    { text: 'DOPPLER_SCIM_TOKEN=dp.scim.MSz9pVfuB3QG1rwZJrdP9D0ia9FDsSNLDtKLLBp2fDe', secret: 'dp.scim.MSz9pVfuB3QG1rwZJrdP9D0ia9FDsSNLDtKLLBp2fDe' },
    { text: '{"scim_token": "dp.scim.IeuyuzUKDlq8801u6ICd2naNhU2hZIzCCppMfTQW9Og", "region": "eu-west-1"}', secret: 'dp.scim.IeuyuzUKDlq8801u6ICd2naNhU2hZIzCCppMfTQW9Og' },
    { text: '  scim_token: dp.scim.2eJpUzK0E5FUZ4EpjTvLEDyGwauWC38TxqNEIkewGvp', secret: 'dp.scim.2eJpUzK0E5FUZ4EpjTvLEDyGwauWC38TxqNEIkewGvp' },
    { text: 'export DOPPLER_SCIM_TOKEN="dp.scim.8GNFHLCOM8Mxvixd3cvHH4qAun5KPuxdGvD4Rg2T1kj"', secret: 'dp.scim.8GNFHLCOM8Mxvixd3cvHH4qAun5KPuxdGvD4Rg2T1kj' },
    { text: 'const scimToken = \'dp.scim.MitxADQkEmZ2lO20LxbjgsYgf2plM3XIuvLBoBqgKHX\';', secret: 'dp.scim.MitxADQkEmZ2lO20LxbjgsYgf2plM3XIuvLBoBqgKHX' },
  ],
  negative: [
    'DOPPLER_SCIM_TOKEN=dp.scim.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DOPPLER_SCIM_TOKEN=<your-doppler-scim-token>',
    'DOPPLER_SCIM_TOKEN=${DOPPLER_SCIM_TOKEN}',
    'DOPPLER_SCIM_TOKEN=dp.scim.S4iqY7QzXqqvu9HKSLGT',
  ],
};
export default fixtures;
