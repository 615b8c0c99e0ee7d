import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ELEVENLABS_API_KEY=sk_660e9ec7631098cf61e545c1c0621e326b47d0ec1c51b439', secret: 'sk_660e9ec7631098cf61e545c1c0621e326b47d0ec1c51b439' },
    { text: '{"elevenlabs_api_key": "sk_eb1dba23c4433d449be35b2889ad61959906c22b730c46da"}', secret: 'sk_eb1dba23c4433d449be35b2889ad61959906c22b730c46da' },
    { text: 'elevenlabs_api_key: sk_6f5fbb8522f60f2b4ac7ae6de8b9c709e4b5905562f674a6', secret: 'sk_6f5fbb8522f60f2b4ac7ae6de8b9c709e4b5905562f674a6' },
    { text: 'export ELEVENLABS_API_KEY="sk_f59f3c6dd802abf73cc86c0e6e888681c6475ca1e7731cc0"', secret: 'sk_f59f3c6dd802abf73cc86c0e6e888681c6475ca1e7731cc0' },
    { text: 'const elevenlabsApiKey = \'sk_6a668a0e97607fab9799bb5100ac690e101bdf413ba05176\';', secret: 'sk_6a668a0e97607fab9799bb5100ac690e101bdf413ba05176' },
  ],
  negative: [
    'ELEVENLABS_API_KEY=xx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ELEVENLABS_API_KEY=${ELEVENLABS_API_KEY}',
    'ELEVENLABS_API_KEY=<your-elevenlabs-api-key>',
    '"etag": "sk_2869f3b46fabdd6c74f04769f0ba787ab05c0874d42c7a3e"',
    'ELEVENLABS_API_KEY=sk_2869f3b46fabdd6c74f04769f0ba787ab05c0874d42c7a3ea3e',
    'ELEVENLABS_API_KEY=sk_2869f3b46fabdd6c74f04769f0ba787ab05c0874d42c7',
    'secret: sk_11b9182065bfd762a7141a3c3d808a79efbe31bd8e15c50d',
  ],
};
export default fixtures;
