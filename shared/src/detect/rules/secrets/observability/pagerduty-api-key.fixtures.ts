import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'PAGERDUTY_API_KEY=qhVfyWTb5ULdIrc0ESla', secret: 'qhVfyWTb5ULdIrc0ESla' },
    { text: '{"pagerduty_api_key": "TYAHqOZrkqs3IYaptNgj"}', secret: 'TYAHqOZrkqs3IYaptNgj' },
    { text: 'pagerduty_api_key: xq5U3WnF61cTmTr3w_4g', secret: 'xq5U3WnF61cTmTr3w_4g' },
    { text: 'export PAGERDUTY_API_KEY="IAdQESvpY7wyMXsj1uDl"', secret: 'IAdQESvpY7wyMXsj1uDl' },
    { text: 'const pagerdutyApiKey = \'3xBLdWscsQtIo9F9-hEW\';', secret: '3xBLdWscsQtIo9F9-hEW' },
  ],
  negative: [
    'PAGERDUTY_API_KEY=xxxxxxxxxxxxxxxxxxxx',
    'PAGERDUTY_API_KEY=${PAGERDUTY_API_KEY}',
    'PAGERDUTY_API_KEY=<your-pagerduty-api-key>',
    '"etag": "TXcaFZjuJfoyZBo3mLDJ"',
    'PAGERDUTY_API_KEY=TXcaFZjuJfoyZBo3mLDJLDJ',
    'PAGERDUTY_API_KEY=TXcaFZjuJfoyZBo3m',
    'token: FsvVI0sS8khGgffEd7Hm',
  ],
};
export default fixtures;
