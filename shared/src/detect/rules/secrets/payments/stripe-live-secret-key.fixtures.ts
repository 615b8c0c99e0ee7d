import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'STRIPE_SECRET_KEY=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', secret: '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' },
    { text: '{"stripe_secret_key": "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"}', secret: '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' },
    { text: 'stripe_secret_key: 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', secret: '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' },
    { text: 'export STRIPE_SECRET_KEY="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"', secret: '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' },
    { text: 'const stripeSecretKey = \'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\';', secret: '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' },
    'sk_live_IK0XurTLgx0oYIPb03',
    { text: 'STRIPE_KEY="sk_live_g7fd3citl8jsch3b9w3d"', secret: 'sk_live_g7fd3citl8jsch3b9w3d' },
    { text: 'STRIPE_KEY=sk_prod_HYqwbrWqhsD8NPVEwqX8nu7EVjq5RuZq', secret: 'sk_prod_HYqwbrWqhsD8NPVEwqX8nu7EVjq5RuZq' },
  ],
  negative: [
    'STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}',
    'STRIPE_SECRET_KEY=<your-stripe-live-secret-key>',
    'sk_live_MySecretKeyHere1',
  ],
};
export default fixtures;
