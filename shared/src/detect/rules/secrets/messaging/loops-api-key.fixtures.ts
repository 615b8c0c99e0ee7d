import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'LOOPS_API_KEY=6d73f6deac1251733e059ccbd6588b0c', secret: '6d73f6deac1251733e059ccbd6588b0c' },
    { text: '{"loops_api_key": "3f83339ed694bf406623e2ef5c88ba17"}', secret: '3f83339ed694bf406623e2ef5c88ba17' },
    { text: 'loops_api_key: a484eed19165d91e0cb807d2694f7bc1', secret: 'a484eed19165d91e0cb807d2694f7bc1' },
    { text: 'export LOOPS_API_KEY="c5fe6b62a8bfbd27aab05a0392e91649"', secret: 'c5fe6b62a8bfbd27aab05a0392e91649' },
    { text: 'const loopsApiKey = \'9816838b83c80d0344e8373da72a769a\';', secret: '9816838b83c80d0344e8373da72a769a' },
  ],
  negative: [
    'LOOPS_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'LOOPS_API_KEY=${LOOPS_API_KEY}',
    'LOOPS_API_KEY=<your-loops-api-key>',
    '"etag": "a268a451733b7c555b8f7aa98debd3bf"',
    'LOOPS_API_KEY=a268a451733b7c555b8f7aa98debd3bf3bf',
    'LOOPS_API_KEY=a268a451733b7c555b8f7aa98debd',
    'for loops 16b8f4215ffe149ab626752f94ca8992',
  ],
};
export default fixtures;
