import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'HONEYCOMB_WRITEKEY=u3mcxXprmB4cAQjiAcSjXO', secret: 'u3mcxXprmB4cAQjiAcSjXO' },
    { text: '{"honeycomb_writekey": "VQYCpdgbV9moywwndX1YY3"}', secret: 'VQYCpdgbV9moywwndX1YY3' },
    { text: 'honeycomb_writekey: fEh3H5ik3wGTXWfG8VBlrD', secret: 'fEh3H5ik3wGTXWfG8VBlrD' },
    { text: 'export HONEYCOMB_WRITEKEY="ii8I0Y4OaigDTDbyU3NvX6"', secret: 'ii8I0Y4OaigDTDbyU3NvX6' },
    { text: 'const honeycombWritekey = \'ginqsJQ3RvkKitRvAySxhb\';', secret: 'ginqsJQ3RvkKitRvAySxhb' },
  ],
  negative: [
    'HONEYCOMB_WRITEKEY=xxxxxxxxxxxxxxxxxxxxxx',
    'HONEYCOMB_WRITEKEY=${HONEYCOMB_WRITEKEY}',
    'HONEYCOMB_WRITEKEY=<your-honeycomb-legacy-api-key>',
    '"etag": "RnXjA0BYNAz2viZi9dWGVq"',
    'HONEYCOMB_WRITEKEY=RnXjA0BYNAz2viZi9dWGVqGVq',
    'HONEYCOMB_WRITEKEY=RnXjA0BYNAz2viZi9dW',
    'key: mn4jdhD3XjrTqLmOcyDEmu',
    'honeycomb trace.trace_id=198029dfe9dd85a08a792069ded08b47',
  ],
};
export default fixtures;
