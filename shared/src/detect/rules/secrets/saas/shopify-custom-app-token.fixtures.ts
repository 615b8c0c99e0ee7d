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
    'SHOPIFY_ACCESS_TOKEN=shpca_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SHOPIFY_ACCESS_TOKEN=${SHOPIFY_ACCESS_TOKEN}',
    'SHOPIFY_ACCESS_TOKEN=<your-shopify-custom-app-token>',
    'SHOPIFY_ACCESS_TOKEN=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9bc',
    'SHOPIFY_ACCESS_TOKEN=shpca_dffdd4fadf510f1db6bf193535638',
  ],
};
export default fixtures;
