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
