import { tokenRule } from '../../../define';

/** Doppler service account token: `dp.sa.` + 40-44 base62 characters. */
export const dopplerServiceAccountToken = tokenRule({
  id: 'doppler-service-account-token',
  title: 'Doppler service account token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['dp.sa.'],
  pattern: /dp\.sa\.[A-Za-z0-9]{40,44}(?![A-Za-z0-9])/,
  requires: { lower: true, upper: true, after: 6 },
});
