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
