import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'SLACK_SIGNING_SECRET=1172b1f9fbb911b7fde28204e8b41535', secret: '1172b1f9fbb911b7fde28204e8b41535' },
    { text: '{"slack_signing_secret": "aa704e4485ca91240b172a4611ba2e1b"}', secret: 'aa704e4485ca91240b172a4611ba2e1b' },
    { text: 'slack_signing_secret: d1468325bd486198c985aca03ecbca48', secret: 'd1468325bd486198c985aca03ecbca48' },
    { text: 'export SLACK_SIGNING_SECRET="3144d4a28f03ec7196fccebbe11cb763"', secret: '3144d4a28f03ec7196fccebbe11cb763' },
  ],
  negative: [
    'SLACK_SIGNING_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SLACK_SIGNING_SECRET=${SLACK_SIGNING_SECRET}',
    'SLACK_SIGNING_SECRET=<your-slack-app-secret>',
    '"etag": "56ce03f421b5fd9403c4a071106a34a3"',
    'SLACK_SIGNING_SECRET=56ce03f421b5fd9403c4a071106a34a34a3',
    'SLACK_SIGNING_SECRET=56ce03f421b5fd9403c4a071106a3',
    'sha = "6d082f19ebf9e2f2f33d94372b0cdc5e"',
  ],
};
export default fixtures;
