import { tokenRule } from '../../../define';

/** Doppler personal token: `dp.pt.` + 40-44 base62 characters. */
export const dopplerPersonalToken = tokenRule({
  id: 'doppler-personal-token',
  title: 'Doppler personal token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['dp.pt.'],
  pattern: /dp\.pt\.[A-Za-z0-9]{40,44}(?![A-Za-z0-9])/,
  requires: { lower: true, upper: true, after: 6 },
});
