import { tokenRule } from '../../../define';

/** Webhook signing secret: `whsec_` + base62/base64 body (Stripe uses 32 base62; Svix-based services use base64). */
export const stripeWebhookSecret = tokenRule({
  id: 'stripe-webhook-secret',
  title: 'Webhook signing secret (Stripe, Svix)',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['whsec_'],
  pattern: /whsec_[A-Za-z0-9+/]{32,88}={0,2}(?![A-Za-z0-9+/=_-])/,
});
