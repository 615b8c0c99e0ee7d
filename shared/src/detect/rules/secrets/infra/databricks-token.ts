import { tokenRule } from '../../../define';

/** Databricks personal access token: `dapi` + 32 lowercase hex characters (optionally `-N`). */
export const databricksToken = tokenRule({
  id: 'databricks-token',
  title: 'Databricks personal access token',
  severity: 'critical',
  confidence: 0.97,
  prefixes: ['dapi'],
  pattern: /dapi[a-f0-9]{32}(?:-[0-9])?(?![A-Za-z0-9])/,
});
