import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'PAGERDUTY_ROUTING_KEY=44ab532fe81f6b982e13d1595cece4e0', secret: '44ab532fe81f6b982e13d1595cece4e0' },
    { text: '{"pagerduty_routing_key": "7583626b20bd15d858b5cd2cf1f74f2f"}', secret: '7583626b20bd15d858b5cd2cf1f74f2f' },
    { text: 'pagerduty_routing_key: 614019344200091d6ab73adbc0d1d412', secret: '614019344200091d6ab73adbc0d1d412' },
    { text: 'export PAGERDUTY_ROUTING_KEY="3106995f150ab85bf211e006f2b9a0ef"', secret: '3106995f150ab85bf211e006f2b9a0ef' },
  ],
  negative: [
    'PAGERDUTY_ROUTING_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'PAGERDUTY_ROUTING_KEY=${PAGERDUTY_ROUTING_KEY}',
    'PAGERDUTY_ROUTING_KEY=<your-pagerduty-integration-key>',
    '"etag": "f325bf93749940597a49e806a9877599"',
    'PAGERDUTY_ROUTING_KEY=f325bf93749940597a49e806a9877599599',
    'PAGERDUTY_ROUTING_KEY=f325bf93749940597a49e806a9877',
    'sha = "24862463f2c916cfe51a0a0ba68001da"',
  ],
};
export default fixtures;
