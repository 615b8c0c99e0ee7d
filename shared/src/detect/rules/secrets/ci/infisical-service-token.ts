import { tokenRule } from '../../../define';

/** Infisical service token: `st.` + a token id (24 hex or a UUID) + `.` + 32 hex + `.` + 32 hex characters. */
export const infisicalServiceToken = tokenRule({
  id: 'infisical-service-token',
  title: 'Infisical service token',
  severity: 'critical',
  confidence: 0.97,
  prefixes: ['st.'],
  pattern: /st\.(?:[a-f0-9]{24}|[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})\.[a-f0-9]{32}\.[a-f0-9]{32}(?![A-Za-z0-9])/,
});
