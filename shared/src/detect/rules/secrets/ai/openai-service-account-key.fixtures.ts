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
    'OPENAI_API_KEY=sk-svcacct-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'OPENAI_API_KEY=${OPENAI_API_KEY}',
    'OPENAI_API_KEY=<your-openai-service-account-key>',
  ],
};
export default fixtures;
