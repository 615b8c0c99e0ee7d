import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'OPENROUTER_API_KEY=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', secret: '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' },
    { text: '{"openrouter_api_key": "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"}', secret: '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' },
    { text: 'openrouter_api_key: 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', secret: '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' },
    { text: 'export OPENROUTER_API_KEY="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"', secret: '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' },
    { text: 'const openrouterApiKey = \'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\';', secret: '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' },
  ],
  negative: [
    'OPENROUTER_API_KEY=sk-or-v1-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'OPENROUTER_API_KEY=${OPENROUTER_API_KEY}',
    'OPENROUTER_API_KEY=<your-openrouter-api-key>',
    'OPENROUTER_API_KEY=sk-or-v1-61bef16df7721080b2829d0302dfa624fc0a520aef8016ffb94488e2d7c6d1a31a3',
    'OPENROUTER_API_KEY=sk-or-v1-61bef16df7721080b2829d0302dfa624fc0a520aef8016ffb94488e2d7c6d',
  ],
};
export default fixtures;
