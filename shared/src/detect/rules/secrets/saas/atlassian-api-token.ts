import { tokenRule } from '../../../define';

/** Atlassian (Jira, Confluence, Bitbucket Cloud) API token: `ATATT3` (or `ATCTT3` for admin keys) + about 180 base64url characters + `=` + 8 hex checksum. The `=` splits the scanner token; the pattern spans it. */
export const atlassianApiToken = tokenRule({
  id: 'atlassian-api-token',
  title: 'Atlassian API token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['ATATT3', 'ATCTT3'],
  pattern: /AT[AC]TT3[A-Za-z0-9_-]{150,220}=[A-Fa-f0-9]{8}(?![A-Za-z0-9])/,
});
