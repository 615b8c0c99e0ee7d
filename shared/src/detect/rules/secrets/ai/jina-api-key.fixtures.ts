import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'jina_e63ac549f435098d6d6fd74de69ad46cRJehnKMGHmlnfQ4lUNPeZL1a2UmU',
    { text: 'JINA_API_KEY=jina_bf0a303a05f34aa784a0556e444765dfeAIbLfoqyosEqI1DR62pxo2UFVwV', secret: 'jina_bf0a303a05f34aa784a0556e444765dfeAIbLfoqyosEqI1DR62pxo2UFVwV' },
    { text: '{"jina_api_key": "jina_2ca44a5b6a6d759e4aa152ebbd766b00jvMyruHKZKUtQjlMg91DbWRa1bVS"}', secret: 'jina_2ca44a5b6a6d759e4aa152ebbd766b00jvMyruHKZKUtQjlMg91DbWRa1bVS' },
    { text: 'jina_api_key: jina_4b162c8de5eaf2347ebab61f6eac765ean3WvpiwbCB4TMhAfXO7mVN3QKZX', secret: 'jina_4b162c8de5eaf2347ebab61f6eac765ean3WvpiwbCB4TMhAfXO7mVN3QKZX' },
    { text: 'export JINA_API_KEY="jina_1f0443559f0c0ac87342e5296d9c0fc0GBtmTJI8UCcdcFumNvPsWsRQQX6a"', secret: 'jina_1f0443559f0c0ac87342e5296d9c0fc0GBtmTJI8UCcdcFumNvPsWsRQQX6a' },
    { text: 'const jinaApiKey = \'jina_6768c1e2ad175749f4b6df9189a321a47uBvBL5BHvPR7CNjACvtZW2hLcKV\';', secret: 'jina_6768c1e2ad175749f4b6df9189a321a47uBvBL5BHvPR7CNjACvtZW2hLcKV' },
  ],
  negative: [
    'JINA_API_KEY=jina_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'JINA_API_KEY=${JINA_API_KEY}',
    'JINA_API_KEY=<your-jina-api-key>',
  ],
};
export default fixtures;
