import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'WANDB_API_KEY=c36bb8c3af909c36fea95bd4adc8411c7412f0f2', secret: 'c36bb8c3af909c36fea95bd4adc8411c7412f0f2' },
    { text: '{"wandb_api_key": "8f1c31191ce8a7fc1dbee181f9a32304f4599dda"}', secret: '8f1c31191ce8a7fc1dbee181f9a32304f4599dda' },
    { text: 'wandb_api_key: 439c7efe62d4bd862e6e303e17772084bd2d5295', secret: '439c7efe62d4bd862e6e303e17772084bd2d5295' },
    { text: 'export WANDB_API_KEY="567d40298e0242a4d08fecd223a1b0d01bcb0972"', secret: '567d40298e0242a4d08fecd223a1b0d01bcb0972' },
    { text: 'const wandbApiKey = \'900d1679142e5db5dc4b90bd2301c5d429bfe91c\';', secret: '900d1679142e5db5dc4b90bd2301c5d429bfe91c' },
  ],
  negative: [
    'WANDB_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'WANDB_API_KEY=${WANDB_API_KEY}',
    'WANDB_API_KEY=<your-wandb-api-key>',
    '"etag": "8361a60b8169942f4e791ddc6d19aa09271dff88"',
    'WANDB_API_KEY=8361a60b8169942f4e791ddc6d19aa09271dff88f88',
    'WANDB_API_KEY=8361a60b8169942f4e791ddc6d19aa09271df',
    'git checkout 7f1b2351e003bc297ec09afe45ff5f9985ceeae1',
  ],
};
export default fixtures;
