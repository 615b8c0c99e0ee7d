import { tokenRule } from '../../../define';

/** Databricks service-principal OAuth secret: `dose` + 32 lowercase hex characters. */
export const databricksOauthSecret = tokenRule({
  id: 'databricks-oauth-secret',
  title: 'Databricks OAuth client secret',
  severity: 'critical',
  confidence: 0.95,
  prefixes: ['dose'],
  pattern: /dose[a-f0-9]{32}(?![A-Za-z0-9])/,
});
