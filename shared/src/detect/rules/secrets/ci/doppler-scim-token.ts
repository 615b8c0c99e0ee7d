import { tokenRule } from '../../../define';

/** Doppler SCIM token: `dp.scim.` + 40-44 base62 characters. */
export const dopplerScimToken = tokenRule({
  id: 'doppler-scim-token',
  title: 'Doppler SCIM token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['dp.scim.'],
  pattern: /dp\.scim\.[A-Za-z0-9]{40,44}(?![A-Za-z0-9])/,
  validate: (value) => {
    const body = value.slice(8);
    return /[a-z]/.test(body) && /[A-Z]/.test(body);
  },
});
