import { tokenRule } from '../../../define';

/** Doppler service token: `dp.st.` + an optional environment slug and `.`, then 40-44 base62 characters. */
export const dopplerServiceToken = tokenRule({
  id: 'doppler-service-token',
  title: 'Doppler service token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['dp.st.'],
  pattern: /dp\.st\.(?:[a-z0-9_-]{2,35}\.)?[A-Za-z0-9]{40,44}(?![A-Za-z0-9])/,
  validate: (value) => /[A-Z]/.test(value) && /[0-9]/.test(value.slice(6)),
});
