import { tokenRule } from '../../../define';

/** Doppler CLI token: `dp.ct.` + 40-44 base62 characters. */
export const dopplerCliToken = tokenRule({
  id: 'doppler-cli-token',
  title: 'Doppler CLI token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['dp.ct.'],
  pattern: /dp\.ct\.[A-Za-z0-9]{40,44}(?![A-Za-z0-9])/,
  requires: { lower: true, upper: true, after: 6 },
});
