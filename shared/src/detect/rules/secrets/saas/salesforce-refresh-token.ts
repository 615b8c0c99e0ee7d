import { tokenRule } from '../../../define';

/** Salesforce OAuth refresh token: `5Aep8` followed by about 80 characters. */
export const salesforceRefreshToken = tokenRule({
  id: 'salesforce-refresh-token',
  title: 'Salesforce refresh token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['5Aep8'],
  pattern: /5Aep8[A-Za-z0-9._]{70,100}(?![A-Za-z0-9._])/,
});
