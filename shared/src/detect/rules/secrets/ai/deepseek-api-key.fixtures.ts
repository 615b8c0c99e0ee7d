import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'DEEPSEEK_API_KEY=sk-3594706e0c1d67a1fc744065f10687c8', secret: 'sk-3594706e0c1d67a1fc744065f10687c8' },
    { text: '{"deepseek_api_key": "sk-ca9a6e0294efd3749f9766a07d907584"}', secret: 'sk-ca9a6e0294efd3749f9766a07d907584' },
    { text: 'deepseek_api_key: sk-8844f157cb92664e186cc7637ac2a3b0', secret: 'sk-8844f157cb92664e186cc7637ac2a3b0' },
    { text: 'export DEEPSEEK_API_KEY="sk-d17969c422e4bd46fa06b0c0803326cb"', secret: 'sk-d17969c422e4bd46fa06b0c0803326cb' },
    { text: 'const deepseekApiKey = \'sk-3148970e905b2042207b5801b5b0eb81\';', secret: 'sk-3148970e905b2042207b5801b5b0eb81' },
  ],
  negative: [
    'DEEPSEEK_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DEEPSEEK_API_KEY=${DEEPSEEK_API_KEY}',
    'DEEPSEEK_API_KEY=<your-deepseek-api-key>',
    '"etag": "sk-187f7e81b9d6dc9cec8763f4dfce5528"',
    'DEEPSEEK_API_KEY=sk-187f7e81b9d6dc9cec8763f4dfce5528528',
    'DEEPSEEK_API_KEY=sk-187f7e81b9d6dc9cec8763f4dfce5',
    'api_key = "sk-0b37fd0d196216c786f7a07ea63f56ed"',
  ],
};
export default fixtures;
