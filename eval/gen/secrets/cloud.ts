/** Cloud providers: AWS, Google Cloud, Azure, Alibaba, Tencent, DigitalOcean, Cloudflare, Heroku and smaller hosts. */
import { b64, b64url } from '../codec';
import { embedded, tok, type SecretFormat } from '../format';
import { B62, B64, B64URL, BASE32, LOWER_NUM, UPPER_NUM, type Rng } from '../rng';

/** Azure's identifiable keys: 88-char base64 with a 4-char service signature near the end. */
function azureKey(r: Rng, signature: string): string {
  return r.s(B64, 76) + signature + r.s(B64, 6) + '==';
}

function azureShortKey(r: Rng, signature: string): string {
  return r.s(B64, 33) + signature + r.s(B64, 6) + '=';
}

export const cloud: SecretFormat[] = [
  // AWS IAM key ids: 4-letter type prefix + 16 base32 characters.
  tok('aws-access-key-id', 'AWS_ACCESS_KEY_ID', (r) => 'AKIA' + r.s(BASE32, 16)),
  tok('aws-temporary-access-key-id', 'AWS_ACCESS_KEY_ID', (r) => 'ASIA' + r.s(BASE32, 16)),
  tok('aws-secret-access-key', 'AWS_SECRET_ACCESS_KEY', (r) => r.s(B64, 40)),
  // STS session tokens are long base64 blobs that start with the encoded "\t\x02origin_ec..." header.
  tok('aws-session-token', 'AWS_SESSION_TOKEN', (r) => 'IQoJb3JpZ2luX2VjE' + r.s(B64, r.int(300, 420)) + '='),
  tok('aws-mws-auth-token', 'MWS_AUTH_TOKEN', (r) => 'amzn.mws.' + r.uuid()),
  tok('aws-bedrock-api-key', 'AWS_BEARER_TOKEN_BEDROCK', (r) => 'ABSK' + b64(`BedrockAPIKey-${r.s(LOWER_NUM, 4)}-at-${r.num(12)}:${r.s(B64, 40)}`)),
  tok('gcp-api-key', 'GOOGLE_API_KEY', (r) => 'AIza' + r.s(B64URL, 35)),
  tok('gcp-oauth-client-secret', 'GOOGLE_CLIENT_SECRET', (r) => 'GOCSPX-' + r.s(B64URL, 28)),
  tok('google-oauth-access-token', 'GOOGLE_ACCESS_TOKEN', (r) => 'ya29.a0A' + r.s(B64URL, r.int(150, 200))),
  tok('google-oauth-refresh-token', 'GOOGLE_REFRESH_TOKEN', (r) => '1//0' + r.s(B64URL, 99)),
  tok('firebase-cloud-messaging-server-key', 'FCM_SERVER_KEY', (r) => 'AAAA' + r.s(B64URL, 7) + ':APA91b' + r.s(B64URL, 134)),
  embedded('azure-storage-connection-string', 'AZURE_STORAGE_CONNECTION_STRING', (r) => {
    const key = azureKey(r, '+ASt');
    const account = r.pick(['prodassets', 'stlogs', 'mediastore']) + r.s(LOWER_NUM, 4);
    return {
      display: `DefaultEndpointsProtocol=https;AccountName=${account};AccountKey=${key};EndpointSuffix=core.windows.net`,
      value: key,
    };
  }),
  tok('azure-storage-account-key', 'AZURE_STORAGE_KEY', (r) => azureKey(r, '+ASt')),
  embedded('azure-cosmosdb-connection-string', 'COSMOS_CONNECTION_STRING', (r) => {
    const key = azureKey(r, 'ACDb');
    return {
      display: `AccountEndpoint=https://cosmos-${r.s(LOWER_NUM, 6)}.documents.azure.com:443/;AccountKey=${key};`,
      value: key,
    };
  }),
  embedded('azure-service-bus-connection-string', 'SERVICEBUS_CONNECTION_STRING', (r) => {
    const key = azureShortKey(r, '+ASb');
    return {
      display: `Endpoint=sb://sb-${r.s(LOWER_NUM, 6)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${key}`,
      value: key,
    };
  }),
  embedded('azure-event-hub-connection-string', 'EVENTHUB_CONNECTION_STRING', (r) => {
    const key = azureShortKey(r, '+AEh');
    return {
      display: `Endpoint=sb://evh-${r.s(LOWER_NUM, 6)}.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${key};EntityPath=telemetry`,
      value: key,
    };
  }),
  embedded('azure-sas-token', 'AZURE_BLOB_SAS_URL', (r) => {
    const sig = encodeURIComponent(r.s(B64, 43) + '=');
    return {
      display: `https://st${r.s(LOWER_NUM, 8)}.blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-0${r.int(1, 9)}-1${r.int(0, 9)}T18:00:00Z&st=2025-01-0${r.int(1, 9)}T10:00:00Z&spr=https&sig=${sig}`,
      value: sig,
    };
  }),
  // Entra ID client secrets: 3 chars, a version digit, "Q~", then 34 chars.
  tok('azure-ad-client-secret', 'AZURE_CLIENT_SECRET', (r) => r.s(B62, 3) + r.pick(['7', '8']) + 'Q~' + r.s(B62 + '_~.-', 34)),
  tok('azure-function-key', 'AZURE_FUNCTION_KEY', (r) => r.s(B64URL, 42) + 'AzFu' + r.s(B64URL, 8) + '=='),
  tok('azure-devops-pat', 'AZURE_DEVOPS_EXT_PAT', (r) => r.s('abcdefghijklmnopqrstuvwxyz234567', 52)),
  tok('alibaba-access-key-id', 'ALIBABA_CLOUD_ACCESS_KEY_ID', (r) => 'LTAI5t' + r.s(B62, 18)),
  tok('alibaba-access-key-secret', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', (r) => r.s(B62, 30)),
  tok('tencent-cloud-secret-id', 'TENCENTCLOUD_SECRET_ID', (r) => 'AKID' + r.s(B62, 32)),
  tok('digitalocean-pat', 'DIGITALOCEAN_TOKEN', (r) => 'dop_v1_' + r.hex(64)),
  tok('digitalocean-oauth-token', 'DO_OAUTH_TOKEN', (r) => 'doo_v1_' + r.hex(64)),
  tok('digitalocean-refresh-token', 'DO_REFRESH_TOKEN', (r) => 'dor_v1_' + r.hex(64)),
  tok('cloudflare-api-token', 'CLOUDFLARE_API_TOKEN', (r) => r.s(B64URL, 40)),
  tok('cloudflare-global-api-key', 'CLOUDFLARE_API_KEY', (r) => r.hex(37)),
  tok('cloudflare-origin-ca-key', 'CF_ORIGIN_CA_KEY', (r) => 'v1.0-' + r.hex(24) + '-' + r.hex(146)),
  tok('heroku-api-key', 'HEROKU_API_KEY', (r) => r.uuid()),
  tok('heroku-api-key-v2', 'HEROKU_API_KEY', (r) => 'HRKU-AA' + r.s(B64URL, 58)),
  tok('ibm-cloud-api-key', 'IBMCLOUD_API_KEY', (r) => r.s(B64URL, 44)),
  tok('linode-token', 'LINODE_TOKEN', (r) => r.hex(64)),
  tok('vultr-api-key', 'VULTR_API_KEY', (r) => r.s(UPPER_NUM, 36)),
  tok('scaleway-secret-key', 'SCW_SECRET_KEY', (r) => r.uuid()),
  tok('hetzner-cloud-token', 'HCLOUD_TOKEN', (r) => r.s(B62, 64)),
  tok('yandex-cloud-api-key', 'YC_API_KEY', (r) => 'AQVN' + r.s(B64URL, 36)),
  embedded('fly-io-token', 'FLY_API_TOKEN', (r) => {
    const token = 'fm2_' + r.s(B64, r.int(180, 260));
    return { display: 'FlyV1 ' + token, value: token };
  }),
  tok('netlify-pat', 'NETLIFY_AUTH_TOKEN', (r) => 'nfp_' + r.s(B62, 36)),
  tok('vercel-token', 'VERCEL_TOKEN', (r) => r.s(B62, 24)),
  tok('render-api-key', 'RENDER_API_KEY', (r) => 'rnd_' + r.s(B62, 32)),
  tok('supabase-pat', 'SUPABASE_ACCESS_TOKEN', (r) => 'sbp_' + r.hex(40)),
  tok('supabase-secret-key', 'SUPABASE_SECRET_KEY', (r) => 'sb_secret_' + r.s(B62, 22) + '_' + r.s(B64URL, 8)),
  tok('backblaze-b2-application-key', 'B2_APPLICATION_KEY', (r) => 'K00' + r.int(1, 5) + r.s(B62 + '+/', 27)),
  embedded('cloudinary-url', 'CLOUDINARY_URL', (r) => {
    const secret = r.s(B64URL, 27);
    return { display: `cloudinary://${r.num(15)}:${secret}@d${r.s(LOWER_NUM, 7)}`, value: secret };
  }),
  tok(
    'mapbox-secret-token',
    'MAPBOX_SECRET_TOKEN',
    (r) => 'sk.' + b64url(JSON.stringify({ u: r.pick(['acme', 'geoteam', 'tiles-dev']), a: 'cl' + r.s(LOWER_NUM, 23) })) + '.' + r.s(B64URL, 22),
  ),
];
