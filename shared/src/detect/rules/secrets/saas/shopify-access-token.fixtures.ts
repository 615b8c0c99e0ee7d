import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'SHOPIFY_ACCESS_TOKEN=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', secret: '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' },
    { text: '{"shopify_access_token": "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"}', secret: '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' },
    { text: 'shopify_access_token: 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', secret: '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' },
    { text: 'export SHOPIFY_ACCESS_TOKEN="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"', secret: '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' },
    { text: 'const shopifyAccessToken = \'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\';', secret: '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' },
    // Letters beyond hex, as other scanners' samples write it.
    { text: 'X-Shopify-Access-Token: shpat_Wq7Rk2Lm9Tz4Xv8Nb3Hc6Jd1Fg5Ps0Ya', secret: 'shpat_Wq7Rk2Lm9Tz4Xv8Nb3Hc6Jd1Fg5Ps0Ya' },
  ],
  negative: [
    'SHOPIFY_ACCESS_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SHOPIFY_ACCESS_TOKEN=${SHOPIFY_ACCESS_TOKEN}',
    'SHOPIFY_ACCESS_TOKEN=<your-shopify-access-token>',
    'SHOPIFY_ACCESS_TOKEN=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034',
    'SHOPIFY_ACCESS_TOKEN=shpat_112504bdec65b83340236df6f64a1',
  ],
};
export default fixtures;
