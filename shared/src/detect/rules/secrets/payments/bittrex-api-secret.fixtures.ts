import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'BITTREX_API_SECRET=e081758f295cadba8a8335d95cd64dae', secret: 'e081758f295cadba8a8335d95cd64dae' },
    { text: '{"bittrex_api_secret": "606908e1239a5b86dc2e6bf300e5266d"}', secret: '606908e1239a5b86dc2e6bf300e5266d' },
    { text: 'bittrex_api_secret: f010560c9a967e0a1671c44cdc133a13', secret: 'f010560c9a967e0a1671c44cdc133a13' },
    { text: 'export BITTREX_API_SECRET="76dc2e336ff6bb4a084de46e004e92cd"', secret: '76dc2e336ff6bb4a084de46e004e92cd' },
    { text: 'const bittrexApiSecret = \'0488d3ee13a79bcd06f029786319df0b\';', secret: '0488d3ee13a79bcd06f029786319df0b' },
  ],
  negative: [
    'BITTREX_API_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'BITTREX_API_SECRET=${BITTREX_API_SECRET}',
    'BITTREX_API_SECRET=<your-bittrex-api-secret>',
    '"etag": "20d57c2e491bf6705bf07d203d5f2395"',
    'BITTREX_API_SECRET=20d57c2e491bf6705bf07d203d5f2395395',
    'BITTREX_API_SECRET=20d57c2e491bf6705bf07d203d5f2',
    'sha = "8e72fd68cadccd9eb98983bdccad62b0"',
  ],
};
export default fixtures;
