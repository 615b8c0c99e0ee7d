import { contextRule } from '../../../define';

/** Algolia admin / write API key: 32 lowercase hex characters next to an Algolia key keyword (object ids are 32 hex too). */
export const algoliaAdminKey = contextRule({
  id: 'algolia-admin-key',
  title: 'Algolia API key',
  severity: 'high',
  confidence: 0.8,
  keywords: ['algolia_api_key', 'algolia_admin', 'algolia_key', 'algolia_write', 'algolia_secret', 'algolia_token', 'admin_api_key', 'algoliasearch', 'algoliaapikey', 'algolia.api.key', 'algolia-api-key', 'algoliaadmin', 'algolia.admin', 'algolia-admin', 'algoliakey', 'algolia.key', 'algolia-key', 'algoliawrite', 'algolia.write', 'algolia-write', 'algoliasecret', 'algolia.secret', 'algolia-secret', 'algoliatoken', 'algolia.token', 'algolia-token', 'adminapikey', 'admin.api.key', 'admin-api-key'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.2,
});
