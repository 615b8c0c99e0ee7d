import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'BREVO_API_KEY=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', secret: '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' },
    { text: '{"brevo_api_key": "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"}', secret: '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' },
    { text: 'brevo_api_key: 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', secret: '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' },
    { text: 'export BREVO_API_KEY="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"', secret: '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' },
    { text: 'const brevoApiKey = \'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\';', secret: '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' },
  ],
  negative: [
    'BREVO_API_KEY=xkeysib-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx',
    'BREVO_API_KEY=${BREVO_API_KEY}',
    'BREVO_API_KEY=<your-brevo-api-key>',
    'BREVO_API_KEY=xkeysib-78be343554084b26fcacc3fe11086e155e347a2365673b55642bc1c6af654991-p3rHXQBiuBzBhCooCoo',
    'BREVO_API_KEY=xkeysib-78be343554084b26fcacc3fe11086e155e347a2365673b55642bc1c6af654991-p3rHXQBiuBzBh',
  ],
};
export default fixtures;
