import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'hcxik_e6i9mmi6d3nwhdwbcgjdsad0vo0irhrgkqvpohzad1h2c54gxpqh8ax5on',
    { text: 'HONEYCOMB_API_KEY=hcxik_y5po3swc9hnu9i9hcv0ic6x0fzkn3y3q415qbk5p14h7pa8e42rjt2o9y6', secret: 'hcxik_y5po3swc9hnu9i9hcv0ic6x0fzkn3y3q415qbk5p14h7pa8e42rjt2o9y6' },
    { text: '{"honeycomb_api_key": "hcxik_6jee0yk0aak5b8mfu015l8iovs3tcqxxi69esi62h958oy8pjjob9f3zmk"}', secret: 'hcxik_6jee0yk0aak5b8mfu015l8iovs3tcqxxi69esi62h958oy8pjjob9f3zmk' },
    { text: 'honeycomb_api_key: hcxik_thh4fofqyyqcked9e4a12s3pemf9z24aofyfm48gqc3wfkcu7l1j3ys4qc', secret: 'hcxik_thh4fofqyyqcked9e4a12s3pemf9z24aofyfm48gqc3wfkcu7l1j3ys4qc' },
    { text: 'export HONEYCOMB_API_KEY="hcxik_wj8k2knht3auuck74n6isilai4lnf8g8t6zwbfwa7qrw8h1zid0edm1b5r"', secret: 'hcxik_wj8k2knht3auuck74n6isilai4lnf8g8t6zwbfwa7qrw8h1zid0edm1b5r' },
    { text: 'const honeycombApiKey = \'hcxik_hz66vrl75vkjjb3czs08mivglqyhgbg9knsc8d186tm3cz7byxidcddxqq\';', secret: 'hcxik_hz66vrl75vkjjb3czs08mivglqyhgbg9knsc8d186tm3cz7byxidcddxqq' },
  ],
  negative: [
    'HONEYCOMB_API_KEY=xxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'HONEYCOMB_API_KEY=${HONEYCOMB_API_KEY}',
    'HONEYCOMB_API_KEY=<your-honeycomb-api-key>',
  ],
};
export default fixtures;
