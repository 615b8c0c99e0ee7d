import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'STRIPE_RESTRICTED_KEY=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', secret: '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' },
    { text: '{"stripe_restricted_key": "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"}', secret: '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' },
    { text: 'stripe_restricted_key: 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', secret: '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' },
    { text: 'export STRIPE_RESTRICTED_KEY="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"', secret: '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' },
    { text: 'const stripeRestrictedKey = \'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\';', secret: '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' },
    'rk_live_aCHzyUvSnSPIB01U7I',
    { text: 'STRIPE_KEY="rk_live_qj63dhtbw92811dd80wq"', secret: 'rk_live_qj63dhtbw92811dd80wq' },
    { text: 'STRIPE_KEY=rk_prod_JIk8xIk0XVhg0GJ4nv9qaKMB7Uge2kK1', secret: 'rk_prod_JIk8xIk0XVhg0GJ4nv9qaKMB7Uge2kK1' },
  ],
  negative: [
    'STRIPE_RESTRICTED_KEY=rk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'STRIPE_RESTRICTED_KEY=${STRIPE_RESTRICTED_KEY}',
    'STRIPE_RESTRICTED_KEY=<your-stripe-live-restricted-key>',
    'rk_live_MySecretKeyHere1',
  ],
};
export default fixtures;
