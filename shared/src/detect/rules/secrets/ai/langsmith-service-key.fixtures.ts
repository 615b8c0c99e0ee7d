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
    'LANGCHAIN_API_KEY=lsv2_sk_05375e09ba5f716b9affe183d300e895_979bef0095095',
    'LANGCHAIN_API_KEY=lsv2_sk_05375e09ba5f716b9affe183d300e895_979bef0',
  ],
};
export default fixtures;
