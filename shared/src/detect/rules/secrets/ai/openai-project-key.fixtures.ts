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
    'OPENAI_API_KEY=sk-proj-x_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'OPENAI_API_KEY=${OPENAI_API_KEY}',
    'OPENAI_API_KEY=<your-openai-project-key>',
  ],
};
export default fixtures;
