import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'BUGSNAG_API_KEY=7c803268acfc0af00c02f54910733117', secret: '7c803268acfc0af00c02f54910733117' },
    { text: '{"bugsnag_api_key": "2694e8408c9c999fbd7163ac9257506f"}', secret: '2694e8408c9c999fbd7163ac9257506f' },
    { text: 'bugsnag_api_key: 17a2838e151047fd74d7ab25d961c87d', secret: '17a2838e151047fd74d7ab25d961c87d' },
    { text: 'export BUGSNAG_API_KEY="6b9c8618342c6e9998ac1bd6882ff5ef"', secret: '6b9c8618342c6e9998ac1bd6882ff5ef' },
    { text: 'const bugsnagApiKey = \'4dd9e1e167ccb2830394bf25943d53fc\';', secret: '4dd9e1e167ccb2830394bf25943d53fc' },
  ],
  negative: [
    'BUGSNAG_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'BUGSNAG_API_KEY=${BUGSNAG_API_KEY}',
    'BUGSNAG_API_KEY=<your-bugsnag-api-key>',
    '"etag": "f410a533b08b024b404ce3195a0fbaaf"',
    'BUGSNAG_API_KEY=f410a533b08b024b404ce3195a0fbaafaaf',
    'BUGSNAG_API_KEY=f410a533b08b024b404ce3195a0fb',
    'sha = "146aaeb045b2a4aaf5604e0499c3f94c"',
  ],
};
export default fixtures;
