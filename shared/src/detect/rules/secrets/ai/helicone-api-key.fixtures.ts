import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sk-helicone-h6dkwze-b9trcbu-sqwh50u-2ty2prw',
    { text: 'HELICONE_API_KEY=sk-helicone-r2w1uvm-6bm8v36-dcay4ev-eghzra6', secret: 'sk-helicone-r2w1uvm-6bm8v36-dcay4ev-eghzra6' },
    { text: '{"helicone_api_key": "sk-helicone-afw16q9-1dkkkc2-ttcs5zv-228dyib"}', secret: 'sk-helicone-afw16q9-1dkkkc2-ttcs5zv-228dyib' },
    { text: 'helicone_api_key: sk-helicone-195tos0-6xwh0n5-pp9sg4u-j89t8i1', secret: 'sk-helicone-195tos0-6xwh0n5-pp9sg4u-j89t8i1' },
    { text: 'export HELICONE_API_KEY="sk-helicone-vjxy9x9-kj89row-6kdbrwi-2ftmca1"', secret: 'sk-helicone-vjxy9x9-kj89row-6kdbrwi-2ftmca1' },
    { text: 'const heliconeApiKey = \'sk-helicone-wm6weik-3b39bg1-8gibak9-6c82yvg\';', secret: 'sk-helicone-wm6weik-3b39bg1-8gibak9-6c82yvg' },
  ],
  negative: [
    'HELICONE_API_KEY=sk-helicone-xxxxxxx-xxxxxxx-xxxxxxx-xxxxxxx',
    'HELICONE_API_KEY=${HELICONE_API_KEY}',
    'HELICONE_API_KEY=<your-helicone-api-key>',
  ],
};
export default fixtures;
