import { tokenRule } from '../../../define';

/** LangSmith service key: `lsv2_sk_` + 32 hex + `_` + 10 hex. */
export const langsmithServiceKey = tokenRule({
  id: 'langsmith-service-key',
  title: 'LangSmith service key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['lsv2_sk_'],
  pattern: /lsv2_sk_[a-f0-9]{32}_[a-f0-9]{10}(?![A-Za-z0-9_-])/,
});
