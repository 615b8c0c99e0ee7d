import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'DEEPGRAM_API_KEY=71a0b7daf44280f3056de234725379c544314fbe', secret: '71a0b7daf44280f3056de234725379c544314fbe' },
    { text: '{"deepgram_api_key": "a53c80a3bdd5d975baeb785dcb0f284460815249"}', secret: 'a53c80a3bdd5d975baeb785dcb0f284460815249' },
    { text: 'deepgram_api_key: 409f8816e07a1136b51cfd5eb6e42ff2fc7fd458', secret: '409f8816e07a1136b51cfd5eb6e42ff2fc7fd458' },
    { text: 'export DEEPGRAM_API_KEY="dff9f5011175a31da1458d8a0e1737d1867da24b"', secret: 'dff9f5011175a31da1458d8a0e1737d1867da24b' },
    { text: 'const deepgramApiKey = \'69a69f913e1bf77ce03a1cbe2a9f13bb407d6b70\';', secret: '69a69f913e1bf77ce03a1cbe2a9f13bb407d6b70' },
  ],
  negative: [
    'DEEPGRAM_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DEEPGRAM_API_KEY=${DEEPGRAM_API_KEY}',
    'DEEPGRAM_API_KEY=<your-deepgram-api-key>',
    '"etag": "7edbfd52be8296958e52ec765be4876f8ca7b223"',
    'DEEPGRAM_API_KEY=7edbfd52be8296958e52ec765be4876f8ca7b223223',
    'DEEPGRAM_API_KEY=7edbfd52be8296958e52ec765be4876f8ca7b',
    'sha = "4e0d1e7690a508adaad701badf69a3d174023941"',
  ],
};
export default fixtures;
