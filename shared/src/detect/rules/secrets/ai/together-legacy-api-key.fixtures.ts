import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'TOGETHER_API_KEY=7536e833e8f5cc78ef59ecbd40d79602c7e657d0b2e4b7dba0ac02e3932be84d', secret: '7536e833e8f5cc78ef59ecbd40d79602c7e657d0b2e4b7dba0ac02e3932be84d' },
    { text: '{"together_api_key": "8e38e8b7094070dee3893e3771c00d82eaf1cc2130d5401ce3ea679fd808dd2d"}', secret: '8e38e8b7094070dee3893e3771c00d82eaf1cc2130d5401ce3ea679fd808dd2d' },
    { text: 'together_api_key: cf72516dab5564b8854a760b7f7c5644a8bac01e46ab94f4c2be5cb75f326184', secret: 'cf72516dab5564b8854a760b7f7c5644a8bac01e46ab94f4c2be5cb75f326184' },
    { text: 'export TOGETHER_API_KEY="c04b1d03667b7c90e4ed876516ffd0d8ca5f3a14b15b9aff9cec9ae7aee4da16"', secret: 'c04b1d03667b7c90e4ed876516ffd0d8ca5f3a14b15b9aff9cec9ae7aee4da16' },
  ],
  negative: [
    'TOGETHER_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'TOGETHER_API_KEY=${TOGETHER_API_KEY}',
    'TOGETHER_API_KEY=<your-together-legacy-api-key>',
    '"etag": "084d6d0c031baabb09d6afca40be5935e564541db1e8c8498d6319405b1dee2d"',
    'TOGETHER_API_KEY=084d6d0c031baabb09d6afca40be5935e564541db1e8c8498d6319405b1dee2de2d',
    'TOGETHER_API_KEY=084d6d0c031baabb09d6afca40be5935e564541db1e8c8498d6319405b1de',
    'put these together: 3dcf38f6055878ae3d150a63ead14e89c30bbcbcf4968880bf8aea8698206777',
  ],
};
export default fixtures;
