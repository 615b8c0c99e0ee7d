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
    'BREVO_API_KEY=xkeysib-441da877c74c89b93a7b47cc2c6adc0d07ff1c50828244242e19527d3b3b6020-GR3gN82B4of6C71U71U',
    'BREVO_API_KEY=xkeysib-441da877c74c89b93a7b47cc2c6adc0d07ff1c50828244242e19527d3b3b6020-GR3gN82B4of6C',
  ],
};
export default fixtures;
