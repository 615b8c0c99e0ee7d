import { contextRule } from '../../../define';

/** Postmark server or account API token: a UUID next to a Postmark keyword. */
export const postmarkServerToken = contextRule({
  id: 'postmark-server-token',
  title: 'Postmark server / account token',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['postmark'],
  pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3,
});
