import { contextRule } from '../../../define';

/** DocuSign integration secret key: a UUID next to a DocuSign keyword. */
export const docusignSecretKey = contextRule({
  id: 'docusign-secret-key',
  title: 'DocuSign secret key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['docusign'],
  pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3,
});
