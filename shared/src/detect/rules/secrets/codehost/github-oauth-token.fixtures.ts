import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'gho_VqJcOfne0xUe7ByL7K5u7Vrtf7BBg1lBDdwg',
    { text: 'GITHUB_TOKEN=gho_8WNY6enNzTw974XKS7vsL2x1SMQOWdfxlvxn', secret: 'gho_8WNY6enNzTw974XKS7vsL2x1SMQOWdfxlvxn' },
    { text: '{"github_oauth_token": "gho_Gf1Oe2gTuxi5vhh9oMwStQ8JXnDBYpr41stX", "region": "eu-west-1"}', secret: 'gho_Gf1Oe2gTuxi5vhh9oMwStQ8JXnDBYpr41stX' },
    { text: '  github_oauth_token: gho_bUZxwOivyKnEcC9x1domQe6rfjUU0bQgL7rM', secret: 'gho_bUZxwOivyKnEcC9x1domQe6rfjUU0bQgL7rM' },
    { text: 'export GITHUB_TOKEN="gho_44daGHZNHhXSy2xEFpoYzef78V6iOLLBKr51"', secret: 'gho_44daGHZNHhXSy2xEFpoYzef78V6iOLLBKr51' },
    { text: 'const githubOauthToken = \'gho_7IvVVjPWqI3lbb2IAfRLgwm6HvLoDPTN3mss\';', secret: 'gho_7IvVVjPWqI3lbb2IAfRLgwm6HvLoDPTN3mss' },
  ],
  negative: [
    'GITHUB_TOKEN=gho_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'GITHUB_TOKEN=<your-github-oauth-token>',
    'GITHUB_TOKEN=${GITHUB_TOKEN}',
    'GITHUB_TOKEN=gho_mgiQp6UzdTprOj3M2NY2C4wxbzGw8AyGp',
    'GITHUB_TOKEN=gho_6PMShPVe4l2jgHfCpLznIZYnL0hq5l9Iwle3slt',
  ],
};
export default fixtures;
