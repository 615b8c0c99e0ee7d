import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'GROQ_API_KEY=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', secret: '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' },
    { text: '{"groq_api_key": "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"}', secret: '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' },
    { text: 'groq_api_key: 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', secret: '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' },
    { text: 'export GROQ_API_KEY="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"', secret: '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' },
    { text: 'const groqApiKey = \'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\';', secret: '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' },
  ],
  negative: [
    'GROQ_API_KEY=gsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'GROQ_API_KEY=${GROQ_API_KEY}',
    'GROQ_API_KEY=<your-groq-api-key>',
    'GROQ_API_KEY=gsk_PIWA5FcSxGb0JzC8veYNruEc2y1WEAWhzMZ5EOd1M1Fu5TTVchQThQT',
    'GROQ_API_KEY=gsk_PIWA5FcSxGb0JzC8veYNruEc2y1WEAWhzMZ5EOd1M1Fu5TTVc',
  ],
};
export default fixtures;
