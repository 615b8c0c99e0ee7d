import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'TAVILY_API_KEY=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', secret: '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' },
    { text: '{"tavily_api_key": "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"}', secret: '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' },
    { text: 'tavily_api_key: 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', secret: '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' },
    { text: 'export TAVILY_API_KEY="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"', secret: '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' },
    { text: 'const tavilyApiKey = \'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\';', secret: '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' },
  ],
  negative: [
    'TAVILY_API_KEY=tvly-xxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'TAVILY_API_KEY=${TAVILY_API_KEY}',
    'TAVILY_API_KEY=<your-tavily-api-key>',
    'TAVILY_API_KEY=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',
    'TAVILY_API_KEY=tvly-dev-k79BIetulAhHT8IrYLA7SxPa1jOF2',
  ],
};
export default fixtures;
