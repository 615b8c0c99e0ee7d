import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'PERPLEXITY_API_KEY=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', secret: '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' },
    { text: '{"perplexity_api_key": "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"}', secret: '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' },
    { text: 'perplexity_api_key: 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', secret: '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' },
    { text: 'export PERPLEXITY_API_KEY="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"', secret: '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' },
    { text: 'const perplexityApiKey = \'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\';', secret: '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' },
  ],
  negative: [
    'PERPLEXITY_API_KEY=pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'PERPLEXITY_API_KEY=${PERPLEXITY_API_KEY}',
    'PERPLEXITY_API_KEY=<your-perplexity-api-key>',
  ],
};
export default fixtures;
