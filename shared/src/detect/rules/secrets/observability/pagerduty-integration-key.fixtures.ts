import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'PAGERDUTY_ROUTING_KEY=97fca71c65f4b9d102d07662dfbbecf8', secret: '97fca71c65f4b9d102d07662dfbbecf8' },
    { text: '{"pagerduty_routing_key": "b9990cdee0f1df03701e6b1848eb0181"}', secret: 'b9990cdee0f1df03701e6b1848eb0181' },
    { text: 'pagerduty_routing_key: e798a616ee5603dbd55a66ef39f9391c', secret: 'e798a616ee5603dbd55a66ef39f9391c' },
    { text: 'export PAGERDUTY_ROUTING_KEY="f02359f5f9953db7b309435fc1e667f8"', secret: 'f02359f5f9953db7b309435fc1e667f8' },
    { text: 'const pagerdutyRoutingKey = \'edcd6458520a7c0e6a33c4177a823a60\';', secret: 'edcd6458520a7c0e6a33c4177a823a60' },
  ],
  negative: [
    'PAGERDUTY_ROUTING_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'PAGERDUTY_ROUTING_KEY=${PAGERDUTY_ROUTING_KEY}',
    'PAGERDUTY_ROUTING_KEY=<your-pagerduty-integration-key>',
    '"etag": "410832d3789507c5dc28d94c6104a8ac"',
    'PAGERDUTY_ROUTING_KEY=410832d3789507c5dc28d94c6104a8ac8ac',
    'PAGERDUTY_ROUTING_KEY=410832d3789507c5dc28d94c6104a',
    'sha = "814001f9481eb27b66b4b4e667a77f4b"',
  ],
};
export default fixtures;
