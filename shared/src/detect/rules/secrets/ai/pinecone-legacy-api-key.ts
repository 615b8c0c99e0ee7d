import { contextRule } from '../../../define';

/** Legacy Pinecone API key: a UUID next to a Pinecone keyword. */
export const pineconeLegacyApiKey = contextRule({
  id: 'pinecone-legacy-api-key',
  title: 'Pinecone API key (legacy)',
  severity: 'high',
  confidence: 0.85,
  keywords: ['pinecone'],
  pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3,
});
