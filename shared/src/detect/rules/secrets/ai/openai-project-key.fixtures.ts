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
    'OPENAI_API_KEY=sk-proj-xxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxx-xxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxx',
    'OPENAI_API_KEY=${OPENAI_API_KEY}',
    'OPENAI_API_KEY=<your-openai-project-key>',
  ],
};
export default fixtures;
