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
    'TAVILY_API_KEY=tvly-dev-Xy8783wFpFcRydsdrSU6awUrT8bZ6',
  ],
};
export default fixtures;
