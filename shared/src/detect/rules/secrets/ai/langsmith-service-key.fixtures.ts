import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'LANGCHAIN_API_KEY=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', secret: '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' },
    { text: '{"langchain_api_key": "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"}', secret: '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' },
    { text: 'langchain_api_key: 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', secret: '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' },
    { text: 'export LANGCHAIN_API_KEY="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"', secret: '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' },
    { text: 'const langchainApiKey = \'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\';', secret: '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' },
  ],
  negative: [
    'LANGCHAIN_API_KEY=lsv2_sk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxx',
    'LANGCHAIN_API_KEY=${LANGCHAIN_API_KEY}',
    'LANGCHAIN_API_KEY=<your-langsmith-service-key>',
    'LANGCHAIN_API_KEY=lsv2_sk_c4d0fdb625911902c86b2a8a4f887616_230c9ac3e83e8',
    'LANGCHAIN_API_KEY=lsv2_sk_c4d0fdb625911902c86b2a8a4f887616_230c9ac',
  ],
};
export default fixtures;
