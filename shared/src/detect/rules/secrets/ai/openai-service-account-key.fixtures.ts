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
    'OPENAI_API_KEY=sk-svcacct-xxxx_xxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxx_-xxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxx',
    'OPENAI_API_KEY=${OPENAI_API_KEY}',
    'OPENAI_API_KEY=<your-openai-service-account-key>',
  ],
};
export default fixtures;
