import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'PAGERDUTY_API_KEY=V0DsXvAbDszgAtcx7lJi', secret: 'V0DsXvAbDszgAtcx7lJi' },
    { text: '{"pagerduty_api_key": "eo5IUArecrElP1aJXZYW"}', secret: 'eo5IUArecrElP1aJXZYW' },
    { text: 'pagerduty_api_key: BR_S6ajbkxKYRWT65Due', secret: 'BR_S6ajbkxKYRWT65Due' },
    { text: 'export PAGERDUTY_API_KEY="w2gNHI9unO7iNk1PToPg"', secret: 'w2gNHI9unO7iNk1PToPg' },
    { text: 'const pagerdutyApiKey = \'CwbdeJu3JcFk8mtbVHWK\';', secret: 'CwbdeJu3JcFk8mtbVHWK' },
  ],
  negative: [
    'PAGERDUTY_API_KEY=xxxxxxxxxxxxxxxxxxxx',
    'PAGERDUTY_API_KEY=${PAGERDUTY_API_KEY}',
    'PAGERDUTY_API_KEY=<your-pagerduty-api-key>',
    '"etag": "R5gVR9HreG7yJezgsYjD"',
    'PAGERDUTY_API_KEY=R5gVR9HreG7yJezgsYjDYjD',
    'PAGERDUTY_API_KEY=R5gVR9HreG7yJezgs',
    'token: vHlJdbyc6TnvIxCpuOo0',
  ],
};
export default fixtures;
