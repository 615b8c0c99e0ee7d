import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'BRAINTREE_PRIVATE_KEY=a9736c33f768d0288cfa8d3ef867ff07', secret: 'a9736c33f768d0288cfa8d3ef867ff07' },
    { text: '{"braintree_private_key": "6f2fc477f9763a91bf5793f7c683e895"}', secret: '6f2fc477f9763a91bf5793f7c683e895' },
    { text: 'braintree_private_key: 460af97b1275510bac3ac7792b37fc3a', secret: '460af97b1275510bac3ac7792b37fc3a' },
    { text: 'export BRAINTREE_PRIVATE_KEY="c93dd8bf8dcb6c612283fe83970e4a4f"', secret: 'c93dd8bf8dcb6c612283fe83970e4a4f' },
    { text: 'const braintreePrivateKey = \'48e274c829da66fd191b8fbda7dacd0f\';', secret: '48e274c829da66fd191b8fbda7dacd0f' },
  ],
  negative: [
    'BRAINTREE_PRIVATE_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'BRAINTREE_PRIVATE_KEY=${BRAINTREE_PRIVATE_KEY}',
    'BRAINTREE_PRIVATE_KEY=<your-braintree-private-key>',
    '"etag": "9e12d0a61e6322231ca9e69fe9207c4d"',
    'BRAINTREE_PRIVATE_KEY=9e12d0a61e6322231ca9e69fe9207c4dc4d',
    'BRAINTREE_PRIVATE_KEY=9e12d0a61e6322231ca9e69fe9207',
    'sha = "eec246a1ee577b0df68f1c058ccb188d"',
  ],
};
export default fixtures;
