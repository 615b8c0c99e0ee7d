import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'LOB_API_KEY=live_ef6e5a008d59391e4637481b7d40ae2e861', secret: 'live_ef6e5a008d59391e4637481b7d40ae2e861' },
    { text: '{"lob_api_key": "live_ebf9755fed2c392638acb2c2cd1fdf48f3e", "region": "eu-west-1"}', secret: 'live_ebf9755fed2c392638acb2c2cd1fdf48f3e' },
    { text: '  lob_api_key: live_88e92879872431d7400ea67d5d643b7b5c1', secret: 'live_88e92879872431d7400ea67d5d643b7b5c1' },
    { text: 'export LOB_API_KEY="live_397214dc1748afe5c572ed716b1264802b4"', secret: 'live_397214dc1748afe5c572ed716b1264802b4' },
    { text: 'const lobApiKey = \'live_e66d2f738aa43b54ddcd50a83d555b312aa\';', secret: 'live_e66d2f738aa43b54ddcd50a83d555b312aa' },
  ],
  negative: [
    'LOB_API_KEY=live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'LOB_API_KEY=<your-lob-api-key>',
    'LOB_API_KEY=${LOB_API_KEY}',
    'LOB_API_KEY=live_7a448dc0663170e27580e69419f4032c',
    'LOB_API_KEY=live_c44295901d057c0a94566d0707727aa5d57BJ5',
    'stripe_key = live_86379a2ef81c934669d158ba15276669220',
    'const globalKey = "live_ef6e5a008d59391e4637481b7d40ae2e861";',
  ],
};
export default fixtures;
