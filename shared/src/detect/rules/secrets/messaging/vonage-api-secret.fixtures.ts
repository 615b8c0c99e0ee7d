import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'VONAGE_API_SECRET=8Fg1BYUKIOixxVpZ', secret: '8Fg1BYUKIOixxVpZ' },
    { text: '{"vonage_api_secret": "LmirxoxWr82IR3Sk"}', secret: 'LmirxoxWr82IR3Sk' },
    { text: 'vonage_api_secret: dkxYzLj1u0X6bCSo', secret: 'dkxYzLj1u0X6bCSo' },
    { text: 'export VONAGE_API_SECRET="09jrle8MmNjQka5A"', secret: '09jrle8MmNjQka5A' },
    { text: 'const vonageApiSecret = \'okd5rhNh82pXwdFT\';', secret: 'okd5rhNh82pXwdFT' },
  ],
  negative: [
    'VONAGE_API_SECRET=xxxxxxxxxxxxxxxx',
    'VONAGE_API_SECRET=${VONAGE_API_SECRET}',
    'VONAGE_API_SECRET=<your-vonage-api-secret>',
    '"etag": "Pu5uscBO4KNBieNL"',
    'VONAGE_API_SECRET=Pu5uscBO4KNBieNLeNL',
    'VONAGE_API_SECRET=Pu5uscBO4KNBi',
    'api_secret=buTgCAr4t7ew392b',
  ],
};
export default fixtures;
