import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'SENDGRID_API_KEY=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', secret: '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' },
    { text: '{"sendgrid_api_key": "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"}', secret: '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' },
    { text: 'sendgrid_api_key: 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', secret: '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' },
    { text: 'export SENDGRID_API_KEY="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"', secret: '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' },
    { text: 'const sendgridApiKey = \'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\';', secret: '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' },
  ],
  negative: [
    'SENDGRID_API_KEY=SG.xxxxxxxxxxx-xxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxx',
    'SENDGRID_API_KEY=${SENDGRID_API_KEY}',
    'SENDGRID_API_KEY=<your-sendgrid-api-key>',
    'SENDGRID_API_KEY=SG.1EsLmoEdeTA-I5nj9pCbUF.0N5fNzGeWQjw97eLeJ0xuv-NtNr2mkszz3F2raRriNWiNW',
    'SENDGRID_API_KEY=SG.1EsLmoEdeTA-I5nj9pCbUF.0N5fNzGeWQjw97eLeJ0xuv-NtNr2mkszz3F2raRr',
  ],
};
export default fixtures;
