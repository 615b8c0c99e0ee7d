import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'access_token=3917402856193746|a1b2c3d4e5f60718293a4b5c6d7e8f90', secret: '3917402856193746|a1b2c3d4e5f60718293a4b5c6d7e8f90' },
    { text: 'curl "https://graph.facebook.com/debug_token?input_token=x&access_token=874120391827364|Lb9Fn2lJxLxTQnzYzfT4y1u9Gk0"', secret: '874120391827364|Lb9Fn2lJxLxTQnzYzfT4y1u9Gk0' },
    { text: 'FB_APP_TOKEN="2039485716273849|9f8e7d6c5b4a39281706f5e4d3c2b1a0"', secret: '2039485716273849|9f8e7d6c5b4a39281706f5e4d3c2b1a0' },
    '5032957922469390|5AnQSEIJIoZIoNmprAmPVPrVmhGRTR5LFck',
    { text: 'access_token=091721314090653%r0fwjo-isj60qeisiq21bl-8dl6a9m&debug=all', secret: '091721314090653%r0fwjo-isj60qeisiq21bl-8dl6a9m' },
  ],
  negative: [
    '| 1234567890123456 | a1b2c3d4e5f60718293a4b5c6d7e8f90 |',
    'order 1234567890123456|status: shipped',
    'x12345678901234567|a1b2c3d4e5f60718293a4b5c6d7e8f90',
    '1234567890123456|aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    '4532015112830366|Visa_Classic_Credit_Card_2024|active',
  ],
};
export default fixtures;
