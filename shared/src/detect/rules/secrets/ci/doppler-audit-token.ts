import { tokenRule } from '../../../define';

/** Doppler audit token: `dp.audit.` + 40-44 base62 characters. */
export const dopplerAuditToken = tokenRule({
  id: 'doppler-audit-token',
  title: 'Doppler audit token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['dp.audit.'],
  pattern: /dp\.audit\.[A-Za-z0-9]{40,44}(?![A-Za-z0-9])/,
  requires: { lower: true, upper: true, after: 9 },
});
