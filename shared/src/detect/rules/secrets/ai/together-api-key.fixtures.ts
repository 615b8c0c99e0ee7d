import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'tgp_v1_3fegI6v4VQd62F5mmAYIqLQQb4k5N7N7Nh7MknI0w2U',
    { text: 'TOGETHER_API_KEY=tgp_v1_mAv1ly67HpZ4nrCwgksxRfS8b4tga4i3e5x74OivNg2', secret: 'tgp_v1_mAv1ly67HpZ4nrCwgksxRfS8b4tga4i3e5x74OivNg2' },
    { text: '{"together_api_key": "tgp_v1_G0Ryo0CLwB2gSK7hH3lasia5jCp9jPRdyeoff_Ra8lS"}', secret: 'tgp_v1_G0Ryo0CLwB2gSK7hH3lasia5jCp9jPRdyeoff_Ra8lS' },
    { text: 'together_api_key: tgp_v1_6xZq2DRLj-OYCkR-Lr5SL7AgbG-IgNApfMY_9Q-S5Rr', secret: 'tgp_v1_6xZq2DRLj-OYCkR-Lr5SL7AgbG-IgNApfMY_9Q-S5Rr' },
    { text: 'export TOGETHER_API_KEY="tgp_v1_NCtU-bGgI--sZhnlXrYNZIpHybz-VbXFuKuxIYHgXuB"', secret: 'tgp_v1_NCtU-bGgI--sZhnlXrYNZIpHybz-VbXFuKuxIYHgXuB' },
    { text: 'const togetherApiKey = \'tgp_v1_7Vxr6mpAa8Kwdb8UzH_rGrEneZRyTDbIMPFznUBRyFC\';', secret: 'tgp_v1_7Vxr6mpAa8Kwdb8UzH_rGrEneZRyTDbIMPFznUBRyFC' },
  ],
  negative: [
    'TOGETHER_API_KEY=tgp_v1_xxxxxx-xxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxx',
    'TOGETHER_API_KEY=${TOGETHER_API_KEY}',
    'TOGETHER_API_KEY=<your-together-api-key>',
  ],
};
export default fixtures;
