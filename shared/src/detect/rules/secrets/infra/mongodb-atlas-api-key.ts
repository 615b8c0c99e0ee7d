import { contextRule } from '../../../define';

/** MongoDB Atlas programmatic API private key: a UUID next to an Atlas keyword. */
export const mongodbAtlasApiKey = contextRule({
  id: 'mongodb-atlas-api-key',
  title: 'MongoDB Atlas API private key',
  severity: 'critical',
  confidence: 0.8,
  keywords: ['atlas_private_key', 'atlas_api_key', 'atlas_private_api_key', 'private_api_key', 'mongodb_atlas', 'atlas_client_secret', 'atlas config set private', 'atlasprivatekey', 'atlas.private.key', 'atlas-private-key', 'atlasapikey', 'atlas.api.key', 'atlas-api-key', 'atlasprivateapikey', 'atlas.private.api.key', 'atlas-private-api-key', 'privateapikey', 'private.api.key', 'private-api-key', 'mongodbatlas', 'mongodb.atlas', 'mongodb-atlas', 'atlasclientsecret', 'atlas.client.secret', 'atlas-client-secret'],
  pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3,
});
