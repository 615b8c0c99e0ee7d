import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'SHOPIFY_ACCESS_TOKEN=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', secret: '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' },
    { text: '{"shopify_access_token": "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"}', secret: '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' },
    { text: 'shopify_access_token: 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', secret: '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' },
    { text: 'export SHOPIFY_ACCESS_TOKEN="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"', secret: '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' },
    { text: 'const shopifyAccessToken = \'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\';', secret: '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' },
  ],
  negative: [
    'SHOPIFY_ACCESS_TOKEN=shppa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SHOPIFY_ACCESS_TOKEN=${SHOPIFY_ACCESS_TOKEN}',
    'SHOPIFY_ACCESS_TOKEN=<your-shopify-private-app-token>',
    'SHOPIFY_ACCESS_TOKEN=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437',
    'SHOPIFY_ACCESS_TOKEN=shppa_8e5f0b91ed17a47213042b83d28a9',
  ],
};
export default fixtures;
