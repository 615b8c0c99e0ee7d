import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'whsec_R8P8az9kkG43O8Di5NNQE9VdxxchuuGS',
    { text: 'STRIPE_WEBHOOK_SECRET=whsec_GIU2E7fqfHQF2AoPAbtloe0b6ZWsarCq', secret: 'whsec_GIU2E7fqfHQF2AoPAbtloe0b6ZWsarCq' },
    { text: '{"stripe_webhook_secret": "whsec_5Jld0udAxkgvoa9r6ZieoUoQZIqteBrT"}', secret: 'whsec_5Jld0udAxkgvoa9r6ZieoUoQZIqteBrT' },
    { text: 'stripe_webhook_secret: whsec_L84QnkUzwa2XKDneN2TyvgaDWePT5n4g', secret: 'whsec_L84QnkUzwa2XKDneN2TyvgaDWePT5n4g' },
    { text: 'export STRIPE_WEBHOOK_SECRET="whsec_Gy1oJK9DV0XRaTFQnkylfssKZSHpo3dF"', secret: 'whsec_Gy1oJK9DV0XRaTFQnkylfssKZSHpo3dF' },
    { text: 'const stripeWebhookSecret = \'whsec_TcIeMlSVLOs3DzRjXzkqXCEGBDMAboUC\';', secret: 'whsec_TcIeMlSVLOs3DzRjXzkqXCEGBDMAboUC' },
  ],
  negative: [
    'STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'STRIPE_WEBHOOK_SECRET=${STRIPE_WEBHOOK_SECRET}',
    'STRIPE_WEBHOOK_SECRET=<your-stripe-webhook-secret>',
    'STRIPE_WEBHOOK_SECRET=whsec_haat7ewsFJRYQdA9kxWK2dhMmb1jV',
  ],
};
export default fixtures;
