import type { Rule } from '../../../rule';
import { awsAccessKeyId } from './aws-access-key-id';
import { awsTemporaryAccessKeyId } from './aws-temporary-access-key-id';
import { awsSecretAccessKey } from './aws-secret-access-key';
import { awsSecretAccessKeyNearId } from './aws-secret-access-key-near-id';
import { awsSessionToken } from './aws-session-token';
import { awsMwsAuthToken } from './aws-mws-auth-token';
import { gcpApiKey } from './gcp-api-key';
import { gcpOauthClientSecret } from './gcp-oauth-client-secret';
import { gcpServiceAccountKeyId } from './gcp-service-account-key-id';
import { googleOauthAccessToken } from './google-oauth-access-token';
import { googleOauthRefreshToken } from './google-oauth-refresh-token';
import { firebaseCloudMessagingServerKey } from './firebase-cloud-messaging-server-key';
import { azureCosmosdbKey } from './azure-cosmosdb-key';
import { azureStorageAccountKey } from './azure-storage-account-key';
import { azureSharedAccessKey } from './azure-shared-access-key';
import { azureSasToken } from './azure-sas-token';
import { azureAdClientSecret } from './azure-ad-client-secret';
import { azureDevopsPat } from './azure-devops-pat';
import { azureDevopsIdentifiablePat } from './azure-devops-identifiable-pat';
import { alibabaAccessKeyId } from './alibaba-access-key-id';
import { alibabaAccessKeySecret } from './alibaba-access-key-secret';
import { tencentCloudSecretId } from './tencent-cloud-secret-id';
import { tencentCloudSecretKey } from './tencent-cloud-secret-key';
import { ibmCloudApiKey } from './ibm-cloud-api-key';
import { digitaloceanPat } from './digitalocean-pat';
import { digitaloceanOauthToken } from './digitalocean-oauth-token';
import { digitaloceanRefreshToken } from './digitalocean-refresh-token';
import { digitaloceanSpacesAccessKey } from './digitalocean-spaces-access-key';
import { linodeApiToken } from './linode-api-token';
import { vultrApiKey } from './vultr-api-key';
import { cloudflareApiToken } from './cloudflare-api-token';
import { cloudflareGlobalApiKey } from './cloudflare-global-api-key';
import { cloudflareGlobalApiKeyLegacy } from './cloudflare-global-api-key-legacy';
import { cloudflareApiTokenLegacy } from './cloudflare-api-token-legacy';
import { cloudflareOriginCaKey } from './cloudflare-origin-ca-key';
import { cloudflareTunnelToken } from './cloudflare-tunnel-token';
import { fastlyApiToken } from './fastly-api-token';
import { herokuApiKey } from './heroku-api-key';
import { herokuApiKeyLegacy } from './heroku-api-key-legacy';
import { netlifyAccessToken } from './netlify-access-token';
import { vercelAccessToken } from './vercel-access-token';
import { vercelAccessTokenLegacy } from './vercel-access-token-legacy';
import { flyioAccessToken } from './flyio-access-token';
import { flyioMacaroonToken } from './flyio-macaroon-token';
import { scalewayAccessKey } from './scaleway-access-key';
import { scalewaySecretKey } from './scaleway-secret-key';
import { hetznerCloudApiToken } from './hetzner-cloud-api-token';
import { renderApiKey } from './render-api-key';
import { railwayApiToken } from './railway-api-token';
import { supabaseAccessToken } from './supabase-access-token';
import { supabaseSecretKey } from './supabase-secret-key';
import { yandexCloudApiKey } from './yandex-cloud-api-key';
import { yandexCloudIamToken } from './yandex-cloud-iam-token';
import { yandexCloudStaticKeySecret } from './yandex-cloud-static-key-secret';
import { yandexOauthToken } from './yandex-oauth-token';
import { exoscaleApiKey } from './exoscale-api-key';
import { backblazeB2ApplicationKey } from './backblaze-b2-application-key';
import { denoDeployToken } from './deno-deploy-token';
import { awsBedrockApiKey } from './aws-bedrock-api-key';
import { awsBedrockShortTermApiKey } from './aws-bedrock-short-term-api-key';
import { azureFunctionKey } from './azure-function-key';
import { azureContainerRegistryPassword } from './azure-container-registry-password';
import { azureIdentifiableAccessKey } from './azure-identifiable-access-key';
import { awsAppsyncApiKey } from './aws-appsync-api-key';
import { akamaiEdgegridToken } from './akamai-edgegrid-token';
import { akamaiClientSecret } from './akamai-client-secret';
import { scalingoApiToken } from './scalingo-api-token';

/** Context rules sharing a token shape are tried in this order: more specific keywords first. */
export const rules: readonly Rule[] = [
  awsAccessKeyId,
  awsTemporaryAccessKeyId,
  awsSecretAccessKey,
  awsSecretAccessKeyNearId,
  awsSessionToken,
  awsMwsAuthToken,
  gcpApiKey,
  gcpOauthClientSecret,
  gcpServiceAccountKeyId,
  googleOauthAccessToken,
  googleOauthRefreshToken,
  firebaseCloudMessagingServerKey,
  azureCosmosdbKey,
  azureStorageAccountKey,
  azureSharedAccessKey,
  azureSasToken,
  azureAdClientSecret,
  azureDevopsPat,
  azureDevopsIdentifiablePat,
  alibabaAccessKeyId,
  alibabaAccessKeySecret,
  tencentCloudSecretId,
  tencentCloudSecretKey,
  ibmCloudApiKey,
  digitaloceanPat,
  digitaloceanOauthToken,
  digitaloceanRefreshToken,
  digitaloceanSpacesAccessKey,
  linodeApiToken,
  vultrApiKey,
  cloudflareApiToken,
  cloudflareGlobalApiKey,
  cloudflareGlobalApiKeyLegacy,
  cloudflareApiTokenLegacy,
  cloudflareOriginCaKey,
  cloudflareTunnelToken,
  fastlyApiToken,
  herokuApiKey,
  herokuApiKeyLegacy,
  netlifyAccessToken,
  vercelAccessToken,
  vercelAccessTokenLegacy,
  flyioAccessToken,
  flyioMacaroonToken,
  scalewayAccessKey,
  scalewaySecretKey,
  hetznerCloudApiToken,
  renderApiKey,
  railwayApiToken,
  supabaseAccessToken,
  supabaseSecretKey,
  yandexCloudApiKey,
  yandexCloudIamToken,
  yandexCloudStaticKeySecret,
  yandexOauthToken,
  exoscaleApiKey,
  backblazeB2ApplicationKey,
  denoDeployToken,
  awsBedrockApiKey,
  awsBedrockShortTermApiKey,
  azureFunctionKey,
  azureIdentifiableAccessKey,
  azureContainerRegistryPassword,
  awsAppsyncApiKey,
  akamaiEdgegridToken,
  akamaiClientSecret,
  scalingoApiToken,
];
