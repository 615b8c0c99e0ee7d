import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'BOX_DEVELOPER_TOKEN=BNUyxijdHKNuL4YPYsMQi7W5zykqhjBE', secret: 'BNUyxijdHKNuL4YPYsMQi7W5zykqhjBE' },
    { text: '{"box_developer_token": "gLkgsTjlnEDWNtq7ywoDzdnlM8Jvqspk"}', secret: 'gLkgsTjlnEDWNtq7ywoDzdnlM8Jvqspk' },
    { text: 'box_developer_token: pbzESFHUzlKwK9YLCfKO5SJjbLTnzJTb', secret: 'pbzESFHUzlKwK9YLCfKO5SJjbLTnzJTb' },
    { text: 'export BOX_DEVELOPER_TOKEN="9PgSbqBLlS0wLRE7gdUXi9aLPAbUsrEo"', secret: '9PgSbqBLlS0wLRE7gdUXi9aLPAbUsrEo' },
  ],
  negative: [
    'BOX_DEVELOPER_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'BOX_DEVELOPER_TOKEN=${BOX_DEVELOPER_TOKEN}',
    'BOX_DEVELOPER_TOKEN=<your-box-developer-token>',
    '"etag": "JwT55omNQeFLbESvO8ofT61TuQBdTBxr"',
    'BOX_DEVELOPER_TOKEN=JwT55omNQeFLbESvO8ofT61TuQBdTBxrBxr',
    'BOX_DEVELOPER_TOKEN=JwT55omNQeFLbESvO8ofT61TuQBdT',
    'checkbox = "GXOX7Xcp4N2Am70SlQ6YRbHdo29WGOQs"',
  ],
};
export default fixtures;
