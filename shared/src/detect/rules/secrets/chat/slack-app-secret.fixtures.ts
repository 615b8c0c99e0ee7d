import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'SLACK_SIGNING_SECRET=443228bb59c2203293412b90f04e107c', secret: '443228bb59c2203293412b90f04e107c' },
    { text: '{"slack_signing_secret": "bce64fba5f0775184d70fe26aa0e129a"}', secret: 'bce64fba5f0775184d70fe26aa0e129a' },
    { text: 'slack_signing_secret: c41a1721803e2c11a317f03b4fbd22e1', secret: 'c41a1721803e2c11a317f03b4fbd22e1' },
    { text: 'export SLACK_SIGNING_SECRET="73e2048fc9add517d3b604f85dac94da"', secret: '73e2048fc9add517d3b604f85dac94da' },
  ],
  negative: [
    'SLACK_SIGNING_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SLACK_SIGNING_SECRET=${SLACK_SIGNING_SECRET}',
    'SLACK_SIGNING_SECRET=<your-slack-app-secret>',
    '"etag": "2922fc251bbbb0ad0dc47f44edaebd7f"',
    'SLACK_SIGNING_SECRET=2922fc251bbbb0ad0dc47f44edaebd7fd7f',
    'SLACK_SIGNING_SECRET=2922fc251bbbb0ad0dc47f44edaeb',
    'sha = "a8f6119bd76dca4ded6129e8ed13de2d"',
  ],
};
export default fixtures;
