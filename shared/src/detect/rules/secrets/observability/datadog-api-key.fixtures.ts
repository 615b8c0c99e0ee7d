import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'DD_API_KEY=2bfc4d84af8370b1827e898c41b146d1', secret: '2bfc4d84af8370b1827e898c41b146d1' },
    { text: '{"dd_api_key": "e12af22348f79a2a657c0582630a4f7a"}', secret: 'e12af22348f79a2a657c0582630a4f7a' },
    { text: 'dd_api_key: 4811b4237a3f3db10a38af82a84cd9f4', secret: '4811b4237a3f3db10a38af82a84cd9f4' },
    { text: 'export DD_API_KEY="908f12ccad67c2f6b136f1f5f3158a7d"', secret: '908f12ccad67c2f6b136f1f5f3158a7d' },
    { text: 'const ddApiKey = \'3f4025500e229c220b48cc9afeebbb21\';', secret: '3f4025500e229c220b48cc9afeebbb21' },
  ],
  negative: [
    'DD_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DD_API_KEY=${DD_API_KEY}',
    'DD_API_KEY=<your-datadog-api-key>',
    '"etag": "7dfee1fecec4c8e6e8a8eb24976ccf01"',
    'DD_API_KEY=7dfee1fecec4c8e6e8a8eb24976ccf01f01',
    'DD_API_KEY=7dfee1fecec4c8e6e8a8eb24976cc',
    'sha = "79761aa47edd9a1e6cd5519fa516bb3f"',
  ],
};
export default fixtures;
