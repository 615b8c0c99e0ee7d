import { tokenRule } from '../../../define';

/** Langfuse secret key: `sk-lf-` followed by a UUID. */
export const langfuseSecretKey = tokenRule({
  id: 'langfuse-secret-key',
  title: 'Langfuse secret key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['sk-lf-'],
  pattern: /sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![A-Za-z0-9_-])/,
});
