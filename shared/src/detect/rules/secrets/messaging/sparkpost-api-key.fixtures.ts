import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'SPARKPOST_API_KEY=63c08f14ff02d2cc02207357ac83dd328e10976e', secret: '63c08f14ff02d2cc02207357ac83dd328e10976e' },
    { text: '{"sparkpost_api_key": "055d6d8d6b4e1fde9bbd5e62ce0bfe1714ad2c7f"}', secret: '055d6d8d6b4e1fde9bbd5e62ce0bfe1714ad2c7f' },
    { text: 'sparkpost_api_key: e15c3545893647296256eeebad94c0e1b3a1258b', secret: 'e15c3545893647296256eeebad94c0e1b3a1258b' },
    { text: 'export SPARKPOST_API_KEY="5f6c1c9b14151e4cacd6a54cb47b01d1290efedb"', secret: '5f6c1c9b14151e4cacd6a54cb47b01d1290efedb' },
    { text: 'const sparkpostApiKey = \'99e4065e73570708212834079b030450ff960914\';', secret: '99e4065e73570708212834079b030450ff960914' },
  ],
  negative: [
    'SPARKPOST_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SPARKPOST_API_KEY=${SPARKPOST_API_KEY}',
    'SPARKPOST_API_KEY=<your-sparkpost-api-key>',
    '"etag": "338449339a51ef46ac7ee15f6666153c5783bbd0"',
    'SPARKPOST_API_KEY=338449339a51ef46ac7ee15f6666153c5783bbd0bd0',
    'SPARKPOST_API_KEY=338449339a51ef46ac7ee15f6666153c5783b',
    'sha = "1c4fab8c032aa56e154cb12b832f41f8823dee2c"',
  ],
};
export default fixtures;
