import { tokenRule } from '../../../define';

/** Salesforce OAuth access token or session id: org id (`00D…`) + `!` + about 96 characters. The `!` ends the scanner token; the pattern spans it. */
export const salesforceAccessToken = tokenRule({
  id: 'salesforce-access-token',
  title: 'Salesforce access token / session id',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['00D'],
  pattern: /00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{80,120}(?![A-Za-z0-9._])/,
});
