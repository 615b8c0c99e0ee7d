/** Secrets managers, databases-as-a-service, networking, deployment platforms. */
import { b64url, bech32, toWords } from '../codec';
import { tok, type SecretFormat } from '../format';
import { B62, B64, B64URL, UPPER_NUM } from '../rng';

export const infra: SecretFormat[] = [
  tok('vault-service-token', 'VAULT_TOKEN', (r) => 'hvs.CAESI' + r.s(B64URL, 86)),
  tok('vault-batch-token', 'VAULT_TOKEN', (r) => 'hvb.AAAAAQ' + r.s(B64URL, 132)),
  tok('vault-legacy-token', 'VAULT_TOKEN', (r) => 's.' + r.s(B62, 24)),
  tok('doppler-personal-token', 'DOPPLER_TOKEN', (r) => 'dp.pt.' + r.s(B62, 43)),
  tok('doppler-service-token', 'DOPPLER_TOKEN', (r) => `dp.st.${r.pick(['dev', 'stg', 'prd'])}.${r.s(B62, 40)}`),
  tok('doppler-cli-token', 'DOPPLER_TOKEN', (r) => 'dp.ct.' + r.s(B62, 43)),
  tok('doppler-scim-token', 'DOPPLER_SCIM_TOKEN', (r) => 'dp.scim.' + r.s(B62, 43)),
  tok('doppler-audit-token', 'DOPPLER_AUDIT_TOKEN', (r) => 'dp.audit.' + r.s(B62, 43)),
  tok('databricks-token', 'DATABRICKS_TOKEN', (r) => 'dapi' + r.hex(32)),
  tok('planetscale-service-token', 'PLANETSCALE_SERVICE_TOKEN', (r) => 'pscale_tkn_' + r.s(B64URL, 43)),
  tok('planetscale-password', 'PLANETSCALE_DB_PASSWORD', (r) => 'pscale_pw_' + r.s(B64URL, 43)),
  tok('planetscale-oauth-token', 'PLANETSCALE_OAUTH_TOKEN', (r) => 'pscale_oauth_' + r.s(B64URL, 43)),
  // age X25519 identities: Bech32 with HRP "age-secret-key-", printed upper-case.
  tok('age-secret-key', 'SOPS_AGE_KEY', (r) => bech32('age-secret-key-', toWords(r.bytes(32)), 'bech32').toUpperCase()),
  tok('tailscale-auth-key', 'TS_AUTHKEY', (r) => `tskey-auth-k${r.s(B62, 10)}CNTRL-${r.s(B62, 33)}`),
  tok('tailscale-api-key', 'TAILSCALE_API_KEY', (r) => `tskey-api-k${r.s(B62, 10)}CNTRL-${r.s(B62, 33)}`),
  tok('tailscale-oauth-client-secret', 'TS_OAUTH_SECRET', (r) => `tskey-client-k${r.s(B62, 10)}CNTRL-${r.s(B62, 33)}`),
  tok('ngrok-authtoken', 'NGROK_AUTHTOKEN', (r) => `2${r.s(B62, 26)}_${r.s(B62, 21)}`),
  tok('fastly-api-token', 'FASTLY_API_TOKEN', (r) => r.s(B64URL, 32)),
  tok('prefect-api-key', 'PREFECT_API_KEY', (r) => 'pnu_' + r.s(B62, 36)),
  tok('infracost-api-key', 'INFRACOST_API_KEY', (r) => 'ico-' + r.s(B62, 32)),
  // 1Password service-account tokens are "ops_" + base64url JSON describing the account.
  tok(
    '1password-service-account-token',
    'OP_SERVICE_ACCOUNT_TOKEN',
    (r) =>
      'ops_' +
      b64url(
        JSON.stringify({
          signInAddress: 'my.1password.com',
          userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: r.s(B64URL, 22) },
          email: `${r.s('abcdefghijklmnopqrstuvwxyz', 26)}@1passwordserviceaccounts.com`,
          srpX: r.hex(64),
          muk: { alg: 'A256GCM', ext: true, k: r.s(B64URL, 43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' },
        }),
      ),
  ),
  tok(
    '1password-secret-key',
    'OP_SECRET_KEY',
    (r) => `A3-${r.s(UPPER_NUM, 6)}-${r.s(UPPER_NUM, 6)}-${r.s(UPPER_NUM, 5)}-${r.s(UPPER_NUM, 5)}-${r.s(UPPER_NUM, 5)}-${r.s(UPPER_NUM, 5)}`,
  ),
  tok('mongodb-atlas-private-key', 'MONGODB_ATLAS_PRIVATE_KEY', (r) => r.uuid()),
  tok('confluent-api-secret', 'CONFLUENT_CLOUD_API_SECRET', (r) => r.s(B64, 64)),
  tok('upstash-redis-token', 'UPSTASH_REDIS_REST_TOKEN', (r) => 'AX' + r.s(B64URL, 4) + 'AAIjcDE' + r.s(B64URL, 50)),
];
