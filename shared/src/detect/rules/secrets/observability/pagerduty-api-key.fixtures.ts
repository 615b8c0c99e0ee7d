import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'PAGERDUTY_API_KEY=i0sXb4nBYcNqTwfU0kGA', secret: 'i0sXb4nBYcNqTwfU0kGA' },
    { text: '{"pagerduty_api_key": "bcOLMy_ewq7K1gqNZPGW"}', secret: 'bcOLMy_ewq7K1gqNZPGW' },
    { text: 'pagerduty_api_key: _LfuLzJ9HYtTekyASWrO', secret: '_LfuLzJ9HYtTekyASWrO' },
    { text: 'export PAGERDUTY_API_KEY="DuZxWkEMZPU-MGpAp1na"', secret: 'DuZxWkEMZPU-MGpAp1na' },
    { text: 'const pagerdutyApiKey = \'f5JQ3BpgDPBGn4fjeI-w\';', secret: 'f5JQ3BpgDPBGn4fjeI-w' },
  ],
  negative: [
    'PAGERDUTY_API_KEY=x_xxxxxxxxxxxxxxxxxx',
    'PAGERDUTY_API_KEY=${PAGERDUTY_API_KEY}',
    'PAGERDUTY_API_KEY=<your-pagerduty-api-key>',
    '"etag": "3_Pzl6GHtFc6iARqv3ZR"',
    'PAGERDUTY_API_KEY=3_Pzl6GHtFc6iARqv3ZR3ZR',
    'PAGERDUTY_API_KEY=3_Pzl6GHtFc6iARqv',
    'token: r8jGFZepvjdY9WWKsGW2',
  ],
};
export default fixtures;
