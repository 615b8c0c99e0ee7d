import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'SHOPIFY_API_SECRET=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', secret: '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' },
    { text: '{"shopify_api_secret": "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"}', secret: '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' },
    { text: 'shopify_api_secret: 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', secret: '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' },
    { text: 'export SHOPIFY_API_SECRET="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"', secret: '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' },
    { text: 'const shopifyApiSecret = \'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\';', secret: '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' },
  ],
  negative: [
    'SHOPIFY_API_SECRET=shpss_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SHOPIFY_API_SECRET=${SHOPIFY_API_SECRET}',
    'SHOPIFY_API_SECRET=<your-shopify-shared-secret>',
    'SHOPIFY_API_SECRET=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d8e',
    'SHOPIFY_API_SECRET=shpss_84321b6d784776569eee5846bdb4d',
  ],
};
export default fixtures;
