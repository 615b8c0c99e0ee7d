import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'OPENROUTER_API_KEY=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', secret: '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' },
    { text: '{"openrouter_api_key": "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"}', secret: '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' },
    { text: 'openrouter_api_key: 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', secret: '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' },
    { text: 'export OPENROUTER_API_KEY="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"', secret: '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' },
    { text: 'const openrouterApiKey = \'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\';', secret: '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' },
  ],
  negative: [
    'OPENROUTER_API_KEY=sk-or-v1-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'OPENROUTER_API_KEY=${OPENROUTER_API_KEY}',
    'OPENROUTER_API_KEY=<your-openrouter-api-key>',
    'OPENROUTER_API_KEY=sk-or-v1-409832c8ab76e01fa0ced91f01403752ed4e898554fee665c5df6e4219699185185',
    'OPENROUTER_API_KEY=sk-or-v1-409832c8ab76e01fa0ced91f01403752ed4e898554fee665c5df6e4219699',
  ],
};
export default fixtures;
