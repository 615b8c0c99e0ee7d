import { contextRule } from '../../../define';

/** Azure Cosmos DB account key: 88 base64 characters (64 bytes) next to a Cosmos DB keyword or endpoint. */
export const azureCosmosdbKey = contextRule({
  id: 'azure-cosmosdb-key',
  title: 'Azure Cosmos DB account key',
  severity: 'critical',
  confidence: 0.9,
  keywords: ['cosmos', 'documents.azure.com'],
  pattern: /[A-Za-z0-9+/]{86}==/,
  minLength: 88,
  maxLength: 88,
  minEntropy: 4.5,
});
