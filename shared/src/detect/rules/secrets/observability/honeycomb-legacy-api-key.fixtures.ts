import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'HONEYCOMB_WRITEKEY=odht8XUMmsKD6vPjqsBDeT', secret: 'odht8XUMmsKD6vPjqsBDeT' },
    { text: '{"honeycomb_writekey": "W7nslYW1hu6AUqi4TWO23U"}', secret: 'W7nslYW1hu6AUqi4TWO23U' },
    { text: 'honeycomb_writekey: raSmvUJwJyGRpPYERwriU8', secret: 'raSmvUJwJyGRpPYERwriU8' },
    { text: 'export HONEYCOMB_WRITEKEY="OcdiIfUyxrh03bAqOTxNlt"', secret: 'OcdiIfUyxrh03bAqOTxNlt' },
    { text: 'const honeycombWritekey = \'rizoXjJXTVfOWIQodHLNjM\';', secret: 'rizoXjJXTVfOWIQodHLNjM' },
  ],
  negative: [
    'HONEYCOMB_WRITEKEY=xxxxxxxxxxxxxxxxxxxxxx',
    'HONEYCOMB_WRITEKEY=${HONEYCOMB_WRITEKEY}',
    'HONEYCOMB_WRITEKEY=<your-honeycomb-legacy-api-key>',
    '"etag": "HDZZLN2Ad4faOW07BWp00k"',
    'HONEYCOMB_WRITEKEY=HDZZLN2Ad4faOW07BWp00k00k',
    'HONEYCOMB_WRITEKEY=HDZZLN2Ad4faOW07BWp',
    'key: K3gVJARXPkZzGf73p95Lth',
  ],
};
export default fixtures;
