import type { Rule } from '../../../rule';
import { planetscalePassword } from './planetscale-password';
import { planetscaleApiToken } from './planetscale-api-token';
import { planetscaleOauthToken } from './planetscale-oauth-token';
import { mongodbAtlasApiKey } from './mongodb-atlas-api-key';
import { databricksToken } from './databricks-token';
import { databricksOauthSecret } from './databricks-oauth-secret';
import { confluentApiSecret } from './confluent-api-secret';
import { redisCloudApiKey } from './redis-cloud-api-key';
import { upstashRedisToken } from './upstash-redis-token';
import { upstashQstashToken } from './upstash-qstash-token';
import { neonApiKey } from './neon-api-key';
import { elasticsearchApiKey } from './elasticsearch-api-key';
import { algoliaAdminKey } from './algolia-admin-key';
import { contentfulPat } from './contentful-pat';
import { oktaApiToken } from './okta-api-token';
import { auth0ClientSecret } from './auth0-client-secret';
import { launchdarklyApiKey } from './launchdarkly-api-key';
import { launchdarklySdkKey } from './launchdarkly-sdk-key';
import { launchdarklyMobileKey } from './launchdarkly-mobile-key';
import { readmeApiKey } from './readme-api-key';
import { frameioApiToken } from './frameio-api-token';
import { shippoApiToken } from './shippo-api-token';
import { easypostApiKey } from './easypost-api-key';
import { easypostTestApiKey } from './easypost-test-api-key';
import { lobApiKey } from './lob-api-key';
import { duffelApiToken } from './duffel-api-token';
import { flutterwaveSecretKey } from './flutterwave-secret-key';
import { adafruitIoKey } from './adafruit-io-key';
import { openshiftUserToken } from './openshift-user-token';
import { djangoSecretKey } from './django-secret-key';
import { kubernetesBootstrapToken } from './kubernetes-bootstrap-token';
import { consulAclToken } from './consul-acl-token';
import { nomadAclToken } from './nomad-acl-token';
import { clickhouseCloudApiSecret } from './clickhouse-cloud-api-secret';
import { tailscaleAuthKey } from './tailscale-auth-key';
import { tailscaleApiKey } from './tailscale-api-key';
import { tailscaleOauthClientSecret } from './tailscale-oauth-client-secret';
import { ngrokAuthtoken } from './ngrok-authtoken';
import { rancherApiToken } from './rancher-api-token';
import { faunaSecret } from './fauna-secret';
import { xataApiKey } from './xata-api-key';
import { kubernetesClientKeyData } from './kubernetes-client-key-data';
import { kubernetesSecretData } from './kubernetes-secret-data';
import { keycloakClientSecret } from './keycloak-client-secret';
import { stytchSecret } from './stytch-secret';
import { thingsboardAccessToken } from './thingsboard-access-token';
import { tinesWebhookUrl } from './tines-webhook-url';
import { zerotierApiToken } from './zerotier-api-token';
import { mongodbAtlasServiceAccountSecret } from './mongodb-atlas-service-account-secret';
import { flutterwaveEncryptionKey } from './flutterwave-encryption-key';

/** Context rules sharing a token shape are tried in this order: more specific keywords first. */
export const rules: readonly Rule[] = [
  tinesWebhookUrl,
  thingsboardAccessToken,
  planetscalePassword,
  planetscaleApiToken,
  planetscaleOauthToken,
  mongodbAtlasApiKey,
  databricksToken,
  databricksOauthSecret,
  confluentApiSecret,
  redisCloudApiKey,
  upstashRedisToken,
  upstashQstashToken,
  neonApiKey,
  elasticsearchApiKey,
  algoliaAdminKey,
  contentfulPat,
  oktaApiToken,
  auth0ClientSecret,
  launchdarklyApiKey,
  launchdarklySdkKey,
  launchdarklyMobileKey,
  readmeApiKey,
  frameioApiToken,
  shippoApiToken,
  easypostApiKey,
  easypostTestApiKey,
  lobApiKey,
  duffelApiToken,
  flutterwaveSecretKey,
  adafruitIoKey,
  openshiftUserToken,
  kubernetesBootstrapToken,
  djangoSecretKey,
  consulAclToken,
  nomadAclToken,
  clickhouseCloudApiSecret,
  tailscaleAuthKey,
  tailscaleApiKey,
  tailscaleOauthClientSecret,
  ngrokAuthtoken,
  rancherApiToken,
  faunaSecret,
  xataApiKey,
  kubernetesClientKeyData,
  kubernetesSecretData,
  keycloakClientSecret,
  stytchSecret,
  zerotierApiToken,
  mongodbAtlasServiceAccountSecret,
  flutterwaveEncryptionKey,
];
