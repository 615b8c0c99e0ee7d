import { contextRule } from '../../../define';
import { decodeBase64 } from '../base64-text';

/** Elasticsearch API key in its encoded form: base64 of `id:api_key`, next to an Elastic keyword (`Authorization: ApiKey`). */
export const elasticsearchApiKey = contextRule({
  id: 'elasticsearch-api-key',
  title: 'Elasticsearch / Elastic Cloud API key',
  severity: 'critical',
  confidence: 0.8,
  keywords: ['elastic', 'apikey ', 'es_api_key', 'kibana', 'esapikey', 'es.api.key', 'es-api-key'],
  pattern: /[A-Za-z0-9+/]{40,120}={0,2}/,
  minLength: 40,
  maxLength: 122,
  minEntropy: 4,
  validate: (value) => /^[A-Za-z0-9_-]{16,40}:[A-Za-z0-9_-]{16,60}$/.test(decodeBase64(value) ?? ''),
});
