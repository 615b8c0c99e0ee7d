import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ASSEMBLYAI_API_KEY=fe07b57cae2c9005a7af033a075660b4', secret: 'fe07b57cae2c9005a7af033a075660b4' },
    { text: '{"assemblyai_api_key": "174698b1c254242535e3c19d9db8e4a7"}', secret: '174698b1c254242535e3c19d9db8e4a7' },
    { text: 'assemblyai_api_key: e08914f68bf9f4b168ee878c503e8bd2', secret: 'e08914f68bf9f4b168ee878c503e8bd2' },
    { text: 'export ASSEMBLYAI_API_KEY="77c0ccfdd1ab68d07377c5d50bb8e120"', secret: '77c0ccfdd1ab68d07377c5d50bb8e120' },
    { text: 'const assemblyaiApiKey = \'5973ae718789e335fcac761fc9696642\';', secret: '5973ae718789e335fcac761fc9696642' },
  ],
  negative: [
    'ASSEMBLYAI_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ASSEMBLYAI_API_KEY=${ASSEMBLYAI_API_KEY}',
    'ASSEMBLYAI_API_KEY=<your-assemblyai-api-key>',
    '"etag": "b03dfbe1a3d94d57abcfeb493ad43e1c"',
    'ASSEMBLYAI_API_KEY=b03dfbe1a3d94d57abcfeb493ad43e1ce1c',
    'ASSEMBLYAI_API_KEY=b03dfbe1a3d94d57abcfeb493ad43',
    'sha = "16c72a5e0f4aa8d64cdb2c6c01728636"',
  ],
};
export default fixtures;
