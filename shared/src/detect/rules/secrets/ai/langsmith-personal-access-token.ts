import { tokenRule } from '../../../define';

/** LangSmith personal access token: `lsv2_pt_` + 32 hex + `_` + 10 hex. */
export const langsmithPersonalAccessToken = tokenRule({
  id: 'langsmith-personal-access-token',
  title: 'LangSmith personal access token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['lsv2_pt_'],
  pattern: /lsv2_pt_[a-f0-9]{32}_[a-f0-9]{10}(?![A-Za-z0-9_-])/,
});
