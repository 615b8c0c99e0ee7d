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
    'GROQ_API_KEY=gsk_FOw23ksRsgBi5VAoycchLxGVrIzI1QI9bDJnEvxgZ6Kl3E6riZSxZSx',
    'GROQ_API_KEY=gsk_FOw23ksRsgBi5VAoycchLxGVrIzI1QI9bDJnEvxgZ6Kl3E6ri',
  ],
};
export default fixtures;
