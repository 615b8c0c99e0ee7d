import { tokenRule } from '../../../define';

/** Doppler SCIM token: `dp.scim.` + 40-44 base62 characters. */
export const dopplerScimToken = tokenRule({
  id: 'doppler-scim-token',
  title: 'Doppler SCIM token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['dp.scim.'],
  pattern: /dp\.scim\.[A-Za-z0-9]{40,44}(?![A-Za-z0-9])/,
  requires: { lower: true, upper: true, after: 8 },
});
