import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'BUGSNAG_API_KEY=bc15374ba9899bd8afd92d37fd04a726', secret: 'bc15374ba9899bd8afd92d37fd04a726' },
    { text: '{"bugsnag_api_key": "488727f998d36c838148afb3294dd4fd"}', secret: '488727f998d36c838148afb3294dd4fd' },
    { text: 'bugsnag_api_key: e2eac8a95f0fe22718cb3d18ffe3b3a1', secret: 'e2eac8a95f0fe22718cb3d18ffe3b3a1' },
    { text: 'export BUGSNAG_API_KEY="0c58b0bf7b1e13a1fc8f9ddd9de32c13"', secret: '0c58b0bf7b1e13a1fc8f9ddd9de32c13' },
    { text: 'const bugsnagApiKey = \'dedd7ebc4cd04c55e556c409c3869179\';', secret: 'dedd7ebc4cd04c55e556c409c3869179' },
  ],
  negative: [
    'BUGSNAG_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'BUGSNAG_API_KEY=${BUGSNAG_API_KEY}',
    'BUGSNAG_API_KEY=<your-bugsnag-api-key>',
    '"etag": "2e1724aa5be29da05e607bed48cd87e3"',
    'BUGSNAG_API_KEY=2e1724aa5be29da05e607bed48cd87e37e3',
    'BUGSNAG_API_KEY=2e1724aa5be29da05e607bed48cd8',
    'sha = "ccae07dd0f31c37a0fe6e247617c258c"',
  ],
};
export default fixtures;
