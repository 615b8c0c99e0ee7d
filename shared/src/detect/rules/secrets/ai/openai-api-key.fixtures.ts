import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'OPENAI_API_KEY=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', secret: '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' },
    { text: '{"openai_api_key": "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"}', secret: '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' },
    { text: 'openai_api_key: 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', secret: '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' },
    { text: 'export OPENAI_API_KEY="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"', secret: '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' },
    { text: 'const openaiApiKey = \'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\';', secret: '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' },
  ],
  negative: [
    'OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'OPENAI_API_KEY=${OPENAI_API_KEY}',
    'OPENAI_API_KEY=<your-openai-api-key>',
  ],
};
export default fixtures;
