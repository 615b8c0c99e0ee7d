import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'xoxa-2-18083355910-25428026927-818385635464-44e995d739a18295e57ea9d44c2caef02e4bafb9d979d6f4beef7bc82e21ceb2',
    { text: 'SLACK_TOKEN=xoxa-2-10155908718-97749992993-672908721701-96fc063449754dd9c94ee1396b53adae95b46e52b5e136834d695c0f5bca9ddf', secret: 'xoxa-2-10155908718-97749992993-672908721701-96fc063449754dd9c94ee1396b53adae95b46e52b5e136834d695c0f5bca9ddf' },
    { text: '{"slack_token": "xoxa-2-64967265582-35048674221-437446408800-025447b0e38d08789d680c6c59460b58633bb9bfd3f88d6c9e6ce0ed8c386255"}', secret: 'xoxa-2-64967265582-35048674221-437446408800-025447b0e38d08789d680c6c59460b58633bb9bfd3f88d6c9e6ce0ed8c386255' },
    { text: 'slack_token: xoxa-2-82733917575-61134191818-488658776548-8704238e85b1c6249f5f33d1774e21bca599732b55b0ce2ec2e55670427fd086', secret: 'xoxa-2-82733917575-61134191818-488658776548-8704238e85b1c6249f5f33d1774e21bca599732b55b0ce2ec2e55670427fd086' },
    { text: 'export SLACK_TOKEN="xoxa-2-12640935287-19280485505-948597727874-882bb9febaebebd846d5c4c6ea3a8accd69aa1624df6e4066de4fbace2c9e9cf"', secret: 'xoxa-2-12640935287-19280485505-948597727874-882bb9febaebebd846d5c4c6ea3a8accd69aa1624df6e4066de4fbace2c9e9cf' },
    { text: 'const slackToken = \'xoxa-2-96994148035-77338148150-254838853070-b926923eeacaddd537d08ab8f617757c89caf5f7a23cc540874a778282bc0606\';', secret: 'xoxa-2-96994148035-77338148150-254838853070-b926923eeacaddd537d08ab8f617757c89caf5f7a23cc540874a778282bc0606' },
  ],
  negative: [
    'SLACK_TOKEN=xoxa-x-xxxxxxxxxxx-xxxxxxxxxxx-xxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SLACK_TOKEN=${SLACK_TOKEN}',
    'SLACK_TOKEN=<your-slack-workspace-token>',
  ],
};
export default fixtures;
