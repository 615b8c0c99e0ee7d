import { tokenRule } from '../../../define';

/** Pinecone API key: `pcsk_` + short key id + `_` + long base62 secret. */
export const pineconeApiKey = tokenRule({
  id: 'pinecone-api-key',
  title: 'Pinecone API key',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['pcsk_'],
  pattern: /pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80}(?![A-Za-z0-9_-])/,
});
