import { contextRule } from '../../../define';

/** Hetzner Cloud API token: 64 base62 characters next to a Hetzner keyword. */
export const hetznerCloudApiToken = contextRule({
  id: 'hetzner-cloud-api-token',
  title: 'Hetzner Cloud API token',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['hetzner', 'hcloud'],
  pattern: /[A-Za-z0-9]{64}/,
  minLength: 64,
  maxLength: 64,
  minEntropy: 4.5,
  requires: { lower: true, upper: true },
});
