import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'MAILTRAP_API_TOKEN=efe44036ccd50a89385beca1d171d932', secret: 'efe44036ccd50a89385beca1d171d932' },
    { text: '{"mailtrap_api_token": "44d35f22d492a4dbaca511379ec73a35"}', secret: '44d35f22d492a4dbaca511379ec73a35' },
    { text: 'mailtrap_api_token: ebdee9e9eba9c4dcc5d3713fb1499c86', secret: 'ebdee9e9eba9c4dcc5d3713fb1499c86' },
    { text: 'export MAILTRAP_API_TOKEN="3e01d330ab9797f112f254a64451b0e5"', secret: '3e01d330ab9797f112f254a64451b0e5' },
    { text: 'const mailtrapApiToken = \'f58412600ba847a1efa1bf3bbea21727\';', secret: 'f58412600ba847a1efa1bf3bbea21727' },
  ],
  negative: [
    'MAILTRAP_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'MAILTRAP_API_TOKEN=${MAILTRAP_API_TOKEN}',
    'MAILTRAP_API_TOKEN=<your-mailtrap-api-token>',
    '"etag": "0f0d786e44d5b2ebd4544f57db65b5ce"',
    'MAILTRAP_API_TOKEN=0f0d786e44d5b2ebd4544f57db65b5ce5ce',
    'MAILTRAP_API_TOKEN=0f0d786e44d5b2ebd4544f57db65b',
    'sha = "f009c58e84703ca00c25a9afb2b447ab"',
  ],
};
export default fixtures;
