import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'MAILTRAP_API_TOKEN=9de3a526be01965f69170b654187bbab', secret: '9de3a526be01965f69170b654187bbab' },
    { text: '{"mailtrap_api_token": "aa83e041bdbf733820f149625ebab3ce"}', secret: 'aa83e041bdbf733820f149625ebab3ce' },
    { text: 'mailtrap_api_token: 4efde85b13a5a00ed9cc1d82fbeefc0c', secret: '4efde85b13a5a00ed9cc1d82fbeefc0c' },
    { text: 'export MAILTRAP_API_TOKEN="61a28a7c6483d24fd30a3f1c5fc3088d"', secret: '61a28a7c6483d24fd30a3f1c5fc3088d' },
    { text: 'const mailtrapApiToken = \'ed0013850a333e50b18c86e657802260\';', secret: 'ed0013850a333e50b18c86e657802260' },
  ],
  negative: [
    'MAILTRAP_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'MAILTRAP_API_TOKEN=${MAILTRAP_API_TOKEN}',
    'MAILTRAP_API_TOKEN=<your-mailtrap-api-token>',
    '"etag": "57d1d0125ee62f538da7b8bb844885a1"',
    'MAILTRAP_API_TOKEN=57d1d0125ee62f538da7b8bb844885a15a1',
    'MAILTRAP_API_TOKEN=57d1d0125ee62f538da7b8bb84488',
    'sha = "efc355ea8b2c70442be9fff08b704a13"',
  ],
};
export default fixtures;
