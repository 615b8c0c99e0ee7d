import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'WANDB_API_KEY=bdfdf4e65461bd834269e99cd4bb28d3969558ce', secret: 'bdfdf4e65461bd834269e99cd4bb28d3969558ce' },
    { text: '{"wandb_api_key": "0165c779e71a004de5cd2ad5c118146ddce61dde"}', secret: '0165c779e71a004de5cd2ad5c118146ddce61dde' },
    { text: 'wandb_api_key: 18d0d404f01a143da3b4ffcd000b44557fc9239d', secret: '18d0d404f01a143da3b4ffcd000b44557fc9239d' },
    { text: 'export WANDB_API_KEY="e772e473c2c71ac25e611cf5050c1105aac7bf1d"', secret: 'e772e473c2c71ac25e611cf5050c1105aac7bf1d' },
    { text: 'const wandbApiKey = \'8f72e2b9d0f71c55905715709841d36a0f685f2e\';', secret: '8f72e2b9d0f71c55905715709841d36a0f685f2e' },
  ],
  negative: [
    'WANDB_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'WANDB_API_KEY=${WANDB_API_KEY}',
    'WANDB_API_KEY=<your-wandb-api-key>',
    '"etag": "2ea0ebebe84b143139d968b67dde7c4350c57e8c"',
    'WANDB_API_KEY=2ea0ebebe84b143139d968b67dde7c4350c57e8ce8c',
    'WANDB_API_KEY=2ea0ebebe84b143139d968b67dde7c4350c57',
    'git checkout 73eaeb4a6cba364ff7d0caf6adf0c2eb9a14460a',
  ],
};
export default fixtures;
