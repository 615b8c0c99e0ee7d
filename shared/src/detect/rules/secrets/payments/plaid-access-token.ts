import { tokenRule } from '../../../define';

/** Plaid item access token: `access-<environment>-` + UUID. */
export const plaidAccessToken = tokenRule({
  id: 'plaid-access-token',
  title: 'Plaid access token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['access-'],
  pattern: /access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![A-Za-z0-9_-])/,
});
