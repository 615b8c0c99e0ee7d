import { contextRule } from '../../../define';

/** MongoDB Atlas programmatic API private key: a UUID next to an Atlas keyword. */
export const mongodbAtlasApiKey = contextRule({
  id: 'mongodb-atlas-api-key',
  title: 'MongoDB Atlas API private key',
  severity: 'critical',
  confidence: 0.8,
  keywords: ['atlas'],
  pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3,
});
