/**
 * Private keys and signed tokens. Key bodies are random bytes behind the real DER/wire-format headers
 * (so the base64 starts the way real keys do: MIIE…, MHcC…, b3BlbnNzaC1rZXktdjE…), wrapped as the tools wrap them.
 */
import { createHmac } from 'node:crypto';
import { b64, b64url, base58check, concat, crc24, wrap } from '../codec';
import { block, doc, tok, type SecretFormat } from '../format';
import { B64, LOWER, type Rng } from '../rng';

function pem(label: string, der: Uint8Array, extraHeaders = ''): string {
  return `-----BEGIN ${label}-----\n${extraHeaders}${wrap(b64(der), 64)}\n-----END ${label}-----`;
}

/** DER SEQUENCE header with a two-byte length, followed by random content of that length. */
function derSeq(r: Rng, prefix: number[], length: number): Uint8Array {
  return concat([0x30, 0x82, length >> 8, length & 0xff], prefix, r.bytes(length - prefix.length));
}

const RSA_2048_PREFIX = [0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00];
const PKCS8_RSA_PREFIX = [0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82, 0x04, 0xa8];
const PBES2_PREFIX = [0x30, 0x4e, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05, 0x0d];

function rsaPem(r: Rng): string {
  return pem('RSA PRIVATE KEY', derSeq(r, RSA_2048_PREFIX, r.pick([0x04a3, 0x04a4, 0x04a5])));
}

function ecPem(r: Rng): string {
  // RFC 5915 ECPrivateKey on P-256: version, 32-byte scalar, curve OID, 65-byte public point.
  const der = concat(
    [0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20],
    r.bytes(32),
    [0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04],
    r.bytes(64),
  );
  return pem('EC PRIVATE KEY', der);
}

function pkcs8Pem(r: Rng): string {
  if (r.bool(0.3)) {
    // Ed25519 PKCS#8 is tiny: the whole key is one 64-character line.
    return pem('PRIVATE KEY', concat([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20], r.bytes(32)));
  }
  return pem('PRIVATE KEY', derSeq(r, PKCS8_RSA_PREFIX, 0x04be));
}

function lengthPrefixed(data: Uint8Array | string): Uint8Array {
  const bytes = typeof data === 'string' ? new Uint8Array(Buffer.from(data)) : data;
  const n = bytes.length;
  return concat([(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff], bytes);
}

function opensshKey(r: Rng): string {
  // openssh-key-v1 wire format: magic, cipher, kdf, kdf options, key count, public key, private section.
  const encrypted = r.bool(0.3);
  const pub = concat(lengthPrefixed('ssh-ed25519'), lengthPrefixed(r.bytes(32)));
  const body = concat(
    new Uint8Array(Buffer.from('openssh-key-v1\0')),
    lengthPrefixed(encrypted ? 'aes256-ctr' : 'none'),
    lengthPrefixed(encrypted ? 'bcrypt' : 'none'),
    lengthPrefixed(encrypted ? concat(lengthPrefixed(r.bytes(16)), [0, 0, 0, 16]) : new Uint8Array()),
    [0, 0, 0, 1],
    lengthPrefixed(pub),
    lengthPrefixed(r.bytes(144)),
  );
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(b64(body), 70)}\n-----END OPENSSH PRIVATE KEY-----`;
}

function pgpPrivate(r: Rng): string {
  // Old-format secret-key packet (tag 5), version 4, creation time, RSA, then key material.
  const body = concat([0x95, 0x03, 0xc6, 0x04], r.bytes(4), [0x01, 0x08, 0x00], r.bytes(960));
  const crc = b64(crc24(body));
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap(b64(body), 64)}\n=${crc}\n-----END PGP PRIVATE KEY BLOCK-----`;
}

function puttyKey(r: Rng, version: 2 | 3): string {
  const pub = b64(concat(lengthPrefixed('ssh-ed25519'), lengthPrefixed(r.bytes(32))));
  const priv = b64(lengthPrefixed(r.bytes(32)));
  const date = `2024${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}`;
  const lines = [
    `PuTTY-User-Key-File-${version}: ssh-ed25519`,
    'Encryption: none',
    `Comment: eddsa-key-${date}`,
    'Public-Lines: 2',
    ...wrap(pub, 64).split('\n'),
    'Private-Lines: 1',
    priv,
    `Private-MAC: ${r.hex(version === 3 ? 64 : 40)}`,
  ];
  // Version 2 files carried one line fewer for ed25519 keys; keep the counts honest.
  if (pub.length <= 64) lines[3] = 'Public-Lines: 1';
  return lines.join('\n');
}

/** JWT signed for real (HS256) or with a random signature of the right size for RS256/ES256. */
export function jwt(r: Rng, alg: 'HS256' | 'RS256' | 'ES256', claims: Record<string, unknown>): string {
  const head = b64url(JSON.stringify({ alg, typ: 'JWT' }));
  const body = b64url(JSON.stringify(claims));
  let sig: string;
  if (alg === 'HS256')
    sig = createHmac('sha256', Buffer.from(r.bytes(32)))
      .update(`${head}.${body}`)
      .digest('base64url');
  else sig = b64url(r.bytes(alg === 'RS256' ? 256 : 64));
  return `${head}.${body}.${sig}`;
}

function userClaims(r: Rng): Record<string, unknown> {
  const iat = 1_700_000_000 + r.int(0, 9e7);
  return { sub: String(r.int(1000, 99999)), name: r.pick(['Ana Souza', 'Jonas Berg', 'Priya Nair']), role: r.pick(['admin', 'user']), iat, exp: iat + 3600 };
}

export const keys: SecretFormat[] = [
  block('pem-rsa-private-key', 'id_rsa', rsaPem),
  block('pem-ec-private-key', 'ec_key.pem', ecPem),
  block('pem-pkcs8-private-key', 'key.pem', pkcs8Pem),
  block('pem-encrypted-pkcs8-private-key', 'key.enc.pem', (r) => pem('ENCRYPTED PRIVATE KEY', derSeq(r, PBES2_PREFIX, 0x051c))),
  block('pem-rsa-private-key-legacy-encrypted', 'server.key', (r) =>
    pem('RSA PRIVATE KEY', derSeq(r, RSA_2048_PREFIX, 0x04a4), `Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,${r.hex(32).toUpperCase()}\n\n`),
  ),
  block('pem-dsa-private-key', 'dsa_key', (r) => pem('DSA PRIVATE KEY', derSeq(r, [0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00], 0x033e))),
  block('openssh-private-key', 'id_ed25519', opensshKey),
  block('pgp-private-key-block', 'private.asc', pgpPrivate),
  block('putty-private-key-v2', 'deploy.ppk', (r) => puttyKey(r, 2)),
  block('putty-private-key-v3', 'server.ppk', (r) => puttyKey(r, 3)),
  block(
    'ssh2-encrypted-private-key',
    'id_dsa_2048_a',
    (r) =>
      `---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: "2048-bit rsa, ops@bastion"\n${wrap(b64(concat([0x3f, 0x6f, 0xf9, 0xeb], r.bytes(1200))), 70)}\n---- END SSH2 ENCRYPTED PRIVATE KEY ----`,
  ),
  // A Google service-account key file: the PEM sits JSON-escaped (literal \n) in private_key.
  doc('gcp-service-account-key', 'service-account.json', (r) => {
    const project = r.pick(['acme-prod', 'data-pipeline', 'ml-training']) + '-' + r.num(6);
    const escaped = JSON.stringify(pkcs8Pem(r) + '\n').slice(1, -1);
    const account = r.pick(['deployer', 'ci-runner', 'bq-reader']);
    const display = [
      '{',
      '  "type": "service_account",',
      `  "project_id": "${project}",`,
      `  "private_key_id": "${r.hex(40)}",`,
      `  "private_key": "${escaped}",`,
      `  "client_email": "${account}@${project}.iam.gserviceaccount.com",`,
      `  "client_id": "${r.num(21)}",`,
      '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
      '  "token_uri": "https://oauth2.googleapis.com/token"',
      '}',
    ].join('\n');
    return { display, value: escaped };
  }),
  // kubeconfig embeds the client key as base64 of the PEM text.
  doc('kubeconfig-client-key-data', 'kubeconfig', (r) => {
    const keyData = b64(rsaPem(r) + '\n');
    const certData = b64(`-----BEGIN CERTIFICATE-----\n${wrap(b64(r.bytes(700)), 64)}\n-----END CERTIFICATE-----\n`);
    const cluster = r.pick(['prod-eu', 'staging', 'kind-dev']);
    const display = [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      '- cluster:',
      `    server: https://10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}:6443`,
      `  name: ${cluster}`,
      'users:',
      `- name: ${cluster}-admin`,
      '  user:',
      `    client-certificate-data: ${certData}`,
      `    client-key-data: ${keyData}`,
      `current-context: ${cluster}`,
    ].join('\n');
    return { display, value: keyData };
  }),
  tok('jwt-hs256', 'ACCESS_TOKEN', (r) => jwt(r, 'HS256', userClaims(r))),
  tok('jwt-rs256', 'ID_TOKEN', (r) => jwt(r, 'RS256', { ...userClaims(r), iss: 'https://auth.example-idp.com/', aud: r.hex(16) })),
  tok('jwt-es256', 'SESSION_TOKEN', (r) => jwt(r, 'ES256', userClaims(r))),
  tok('supabase-service-role-key', 'SUPABASE_SERVICE_ROLE_KEY', (r) =>
    jwt(r, 'HS256', { iss: 'supabase', ref: r.s(LOWER, 20), role: 'service_role', iat: 1_700_000_000 + r.int(0, 9e7), exp: 2_000_000_000 + r.int(0, 9e7) }),
  ),
  tok('kubernetes-service-account-token', 'K8S_TOKEN', (r) =>
    jwt(r, 'RS256', {
      iss: 'https://kubernetes.default.svc.cluster.local',
      sub: `system:serviceaccount:${r.pick(['ci', 'default', 'monitoring'])}:${r.pick(['deployer', 'prometheus', 'argo'])}`,
      aud: ['https://kubernetes.default.svc.cluster.local'],
      exp: 1_800_000_000 + r.int(0, 9e7),
    }),
  ),
  doc('wireguard-private-key', 'wg0.conf', (r) => {
    const key = b64(r.bytes(32));
    const display = `[Interface]\nPrivateKey = ${key}\nAddress = 10.8.0.${r.int(2, 250)}/24\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${b64(r.bytes(32))}\nEndpoint = vpn.${r.pick(['acme', 'corp', 'home'])}.net:51820\nAllowedIPs = 0.0.0.0/0\n`;
    return { display, value: key };
  }),
  tok('ethereum-private-key', 'ETH_PRIVATE_KEY', (r) => '0x' + r.hex(64)),
  // WIF for a compressed mainnet key: base58check(0x80 || key || 0x01), starts with K or L.
  tok('bitcoin-wif-private-key', 'BTC_WIF', (r) => base58check(concat([0x80], r.bytes(32), [0x01]))),
  tok('base64-encryption-key', 'ENCRYPTION_KEY', (r) => r.s(B64, 43) + '='),
];
