import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'MATTERMOST_TOKEN=9fwltvh3cs4p53bkkg34pll18s', secret: '9fwltvh3cs4p53bkkg34pll18s' },
    { text: '{"mattermost_token": "f8iv3g48qtjwdegoyntfb9g9c1"}', secret: 'f8iv3g48qtjwdegoyntfb9g9c1' },
    { text: 'mattermost_token: w8tdmmw0lz0iv93y51x2ygz0ac', secret: 'w8tdmmw0lz0iv93y51x2ygz0ac' },
    { text: 'export MATTERMOST_TOKEN="abdvunc3r4dngju1orzkp53jc9"', secret: 'abdvunc3r4dngju1orzkp53jc9' },
    { text: 'const mattermostToken = \'sxhhcnjtaj141l8o4hzvd9dvuj\';', secret: 'sxhhcnjtaj141l8o4hzvd9dvuj' },
  ],
  negative: [
    'MATTERMOST_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxx',
    'MATTERMOST_TOKEN=${MATTERMOST_TOKEN}',
    'MATTERMOST_TOKEN=<your-mattermost-access-token>',
    '"etag": "s7hi4po6v3kfayquig47tkdl5y"',
    'MATTERMOST_TOKEN=s7hi4po6v3kfayquig47tkdl5yl5y',
    'MATTERMOST_TOKEN=s7hi4po6v3kfayquig47tkd',
    'token: qufmaanixrljmyi7iw6g6ftuqg',
  ],
};
export default fixtures;
