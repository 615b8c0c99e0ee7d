import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'SENDGRID_API_KEY=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', secret: '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' },
    { text: '{"sendgrid_api_key": "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"}', secret: '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' },
    { text: 'sendgrid_api_key: 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', secret: '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' },
    { text: 'export SENDGRID_API_KEY="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"', secret: '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' },
    { text: 'const sendgridApiKey = \'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\';', secret: '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' },
    'SG.9QjRXsofX.rI7dv_MC9PTCY_qZn0E2RrG0LVDfXfvvGru1JjP7.YpPbeJGpVumuK3Z',
    { text: 'SENDGRID_API_KEY=SG.a_mgih6_4jz_e-_26b25x0d22lbypiptnt2xh1rcdeb-koao_92r09gfcwhq820p8j', secret: 'SG.a_mgih6_4jz_e-_26b25x0d22lbypiptnt2xh1rcdeb-koao_92r09gfcwhq820p8j' },
  ],
  negative: [
    'SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SENDGRID_API_KEY=${SENDGRID_API_KEY}',
    'SENDGRID_API_KEY=<your-sendgrid-api-key>',
    'SENDGRID_API_KEY=SG.HQ67QB1WlNdGDeYJdjtVYg.-2I4RsJkrxPy9lEYP3EGXpbA8ermhrSVYoG6abOBz7yz7y',
    'SENDGRID_API_KEY=SG.HQ67QB1WlNdGDeYJdjtVYg.-2I4RsJkrxPy9lEYP3EGXpbA8ermhrSVYoG6abOB',
    'SG.Modules.Payments.Checkout.Gateway.Provider.Configuration.Settings.',
  ],
};
export default fixtures;
