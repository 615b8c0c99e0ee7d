/**
 * Hard negatives: texts with no secret or personal data that look like they might have some —
 * placeholders, references to secret stores, hashes, digests, identifiers, public keys, version
 * numbers, checksum-invalid card/IBAN/address lookalikes. Each generator returns one whole text.
 */
import { createHash } from 'node:crypto';
import { contextNegatives } from './context-negatives';
import type { Context } from './contexts';
import { b64, base58check, bech32, concat, toWords, wrap } from './codec';
import { cardNumber, groupCard, groupIban, iban, IBAN_COUNTRIES, personName, randomIssuer } from './pii';
import { piiHardNegatives } from './pii-negatives';
import { ALPHA, B62, B64, B64URL, LOWER, LOWER_NUM, type Rng } from './rng';

type Gen = (r: Rng) => string;

/** A kind of secret-free text and the context it comes from. */
export interface NegativeKind {
  context: Context;
  gen: Gen;
}

const PKGS = ['lodash', 'react', 'express', 'zod', 'vite', 'typescript', 'chalk', 'debug', 'semver', 'ws', 'yaml', 'undici'];
const ENV_NAMES = [
  'OPENAI_API_KEY',
  'STRIPE_SECRET_KEY',
  'GITHUB_TOKEN',
  'AWS_SECRET_ACCESS_KEY',
  'DATABASE_URL',
  'SLACK_BOT_TOKEN',
  'SENDGRID_API_KEY',
  'DB_PASSWORD',
  'ANTHROPIC_API_KEY',
  'NPM_TOKEN',
];

const sha = (algo: string, data: string): string => createHash(algo).update(data).digest('hex');
const version = (r: Rng): string => `${r.int(0, 20)}.${r.int(0, 30)}.${r.int(0, 40)}`;
const sha512Integrity = (r: Rng): string => 'sha512-' + b64(r.bytes(64));
const date = (r: Rng): string => `2024-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
const time = (r: Rng): string => `${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`;

/** A public X.509 certificate or SubjectPublicKeyInfo: high-entropy base64 that is not a secret. */
function publicPem(r: Rng, label: 'CERTIFICATE' | 'PUBLIC KEY'): string {
  const der =
    label === 'CERTIFICATE'
      ? concat([0x30, 0x82, 0x03, 0x5d, 0x30, 0x82, 0x02, 0x45, 0xa0, 0x03, 0x02, 0x01, 0x02], r.bytes(850))
      : concat([0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00], r.bytes(270));
  return `-----BEGIN ${label}-----\n${wrap(b64(der), 64)}\n-----END ${label}-----`;
}

function sshPublicKey(r: Rng): string {
  const host = `${r.pick(['alice', 'deploy', 'ci', 'build'])}@${r.pick(['laptop', 'bastion', 'runner-3'])}`;
  if (r.bool()) return `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${b64(r.bytes(32)).slice(1)} ${host}`;
  return `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${b64(r.bytes(384)).slice(0, 510)} ${host}`;
}

export const secretNegatives: NegativeKind[] = [
  // Placeholder values in a sample .env
  {
    context: 'config',
    gen: (r) => {
      const placeholders = [
        'your-api-key-here',
        '<your-key>',
        'EXAMPLE',
        'xxxxxxxxxxxxxxxxxxxxxxxx',
        'changeme-in-production',
        'REPLACE_ME',
        '${' + r.pick(ENV_NAMES) + '}',
        '',
        '...',
        'TODO',
        '<insert token>',
        '********',
      ];
      const names = r.shuffle(ENV_NAMES).slice(0, r.int(2, 4));
      return `# .env.example — copy to .env and fill in\n${names.map((n) => `${n}=${r.pick(placeholders)}`).join('\n')}\n`;
    },
  },
  // Vendor-style documented example values
  {
    context: 'shell',
    gen: (r) =>
      r.pick([
        'aws configure\nAWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nDefault region name [None]: us-west-2\n',
        'export GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX  # replace with your token\n',
        'curl -H "Authorization: Bearer <YOUR_ACCESS_TOKEN>" https://api.example.com/v1/me\n',
      ]),
  },
  { context: 'chat', gen: () => 'Set `OPENAI_API_KEY=sk-...` in your shell, or pass `api_key="sk-your-key"` to the client.\n' },
  { context: 'code', gen: () => 'stripe.api_key = "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx"  # use your own test key\n' },
  {
    context: 'config',
    gen: (r) =>
      r.pick([
        'SLACK_BOT_TOKEN=xoxb-your-bot-token\nSLACK_SIGNING_SECRET=your-signing-secret\n',
        'token: "{{ .Values.apiToken }}"\npassword: "{{ .Values.db.password | default \\"\\" }}"\n',
      ]),
  },
  // Code that reads secrets from the environment
  {
    context: 'code',
    gen: (r) => {
      const n = r.pick(ENV_NAMES);
      return r.pick([
        `import os\n\napi_key = os.environ["${n}"]\nclient = Client(api_key=api_key)\n`,
        `const apiKey = process.env.${n};\nif (!apiKey) throw new Error('${n} is not set');\n`,
        `token := os.Getenv("${n}")\nif token == "" {\n\tlog.Fatal("missing ${n}")\n}\n`,
        `secret = ENV.fetch("${n}")\n`,
        `String password = System.getenv("${n}");\n`,
        `let key = std::env::var("${n}").expect("${n} must be set");\n`,
      ]);
    },
  },
  // GitHub Actions and other CI secret references
  {
    context: 'config',
    gen: (r) => {
      const names = r.shuffle(ENV_NAMES).slice(0, r.int(1, 3));
      return `jobs:\n  release:\n    runs-on: ubuntu-latest\n    env:\n${names.map((n) => `      ${n}: \${{ secrets.${n} }}`).join('\n')}\n    steps:\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n          token: \${{ secrets.GH_TOKEN }}\n`;
    },
  },
  // Kubernetes secretKeyRef, no values
  {
    context: 'config',
    gen: (r) =>
      `env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: ${r.pick(['postgres', 'app-db'])}-credentials\n        key: password\n  - name: API_TOKEN\n    valueFrom:\n      secretKeyRef:\n        name: api-token\n        key: token\n`,
  },
  // Functions that fetch secrets
  {
    context: 'code',
    gen: (r) =>
      r.pick([
        'password = get_password()\nconn = psycopg2.connect(host=host, user=user, password=password)\n',
        'import getpass\npassword = getpass.getpass("Vault password: ")\n',
        'const token = await getAccessToken({ scopes: ["read:user"] });\n',
        'if (password !== confirmPassword) {\n  errors.password = "Passwords do not match";\n}\n',
        'secret_key = secrets.token_urlsafe(32)  # generated at startup, never stored\n',
        'api_key = vault.read("secret/data/payments")["data"]["api_key"]\n',
        '$ openssl rand -base64 32 > .secret\n$ chmod 600 .secret\n',
        'func (c *Client) SetToken(token string) { c.token = token }\n',
      ]),
  },
  // Type declarations and docs mentioning credentials
  {
    context: 'code',
    gen: (r) =>
      r.pick([
        'export interface AwsCredentials {\n  accessKeyId: string;\n  secretAccessKey: string;\n  sessionToken?: string;\n}\n',
        'The `apiKey` option is required. Generate one under Settings → API keys; keys are shown only once.\n',
        'class Settings(BaseSettings):\n    database_url: PostgresDsn\n    secret_key: SecretStr\n    access_token_expire_minutes: int = 30\n',
        '| Parameter | Description |\n|---|---|\n| `token` | Personal access token with `repo` scope |\n| `password` | Account password (deprecated) |\n',
        'const tokenizer = new Tokenizer({ maxTokens: 4096 });\nconst tokens = tokenizer.encode(prompt);\nconsole.log(tokens.length);\n',
      ]),
  },
  // UUIDs in logs and payloads
  {
    context: 'log',
    gen: (r) => `${date(r)}T${time(r)}Z INFO request_id=${r.uuid()} trace_id=${r.hex(32)} span_id=${r.hex(16)} user_id=${r.uuid()} status=200 duration_ms=${r.int(3, 900)}\n`,
  },
  { context: 'log', gen: (r) => JSON.stringify({ id: r.uuid(), orderId: r.uuid(), correlationId: r.uuid(), createdAt: `${date(r)}T${time(r)}Z` }, null, 2) + '\n' },
  // git log
  {
    context: 'shell',
    gen: (r) => {
      const lines: string[] = [];
      for (let i = 0; i < r.int(2, 4); i++) {
        lines.push(
          `commit ${r.hex(40)}`,
          `Author: ${personName(r)} <dev${r.int(1, 99)}@users.noreply.github.com>`,
          `Date:   Mon Mar ${r.int(1, 28)} ${time(r)} 2024 +0100`,
          '',
          `    ${r.pick(['Fix flaky test', 'Bump deps', 'Refactor token parser', 'Add retry to uploader'])}`,
          '',
        );
      }
      return lines.join('\n');
    },
  },
  {
    context: 'shell',
    gen: (r) =>
      Array.from(
        { length: r.int(4, 8) },
        () =>
          `${r.hex(7)} ${r.pick(['fix: handle empty secret name', 'chore(deps): bump vite', 'feat: rotate keys', 'docs: token format', 'Merge pull request #' + r.int(100, 999)])}`,
      ).join('\n') + '\n',
  },
  { context: 'shell', gen: (r) => `$ git rev-parse HEAD\n${r.hex(40)}\n$ git describe --tags\nv${version(r)}-${r.int(1, 40)}-g${r.hex(7)}\n` },
  // Lock files
  {
    context: 'config',
    gen: (r) => {
      const p = r.pick(PKGS);
      const v = version(r);
      return `    "node_modules/${p}": {\n      "version": "${v}",\n      "resolved": "https://registry.npmjs.org/${p}/-/${p}-${v}.tgz",\n      "integrity": "${sha512Integrity(r)}",\n      "dev": true\n    },\n`;
    },
  },
  {
    context: 'config',
    gen: (r) => {
      const p = r.pick(PKGS);
      const v = version(r);
      return `${p}@^${v}:\n  version "${v}"\n  resolved "https://registry.yarnpkg.com/${p}/-/${p}-${v}.tgz#${r.hex(40)}"\n  integrity ${sha512Integrity(r)}\n`;
    },
  },
  {
    context: 'config',
    gen: (r) => {
      const p = r.pick(PKGS);
      return `  /${p}@${version(r)}:\n    resolution: {integrity: ${sha512Integrity(r)}}\n    engines: {node: '>=18'}\n    dev: false\n`;
    },
  },
  {
    context: 'config',
    gen: (r) =>
      `github.com/${r.pick(['spf13/cobra', 'stretchr/testify', 'google/uuid'])} v${version(r)} h1:${b64(r.bytes(32))}\ngithub.com/${r.pick(['pkg/errors', 'go-chi/chi'])} v${version(r)}/go.mod h1:${b64(r.bytes(32))}\n`,
  },
  {
    context: 'config',
    gen: (r) =>
      `[[package]]\nname = "${r.pick(['serde', 'tokio', 'regex', 'anyhow'])}"\nversion = "${version(r)}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${r.hex(64)}"\n`,
  },
  { context: 'config', gen: (r) => `${r.pick(['requests', 'urllib3', 'numpy'])}==${version(r)} \\\n    --hash=sha256:${r.hex(64)} \\\n    --hash=sha256:${r.hex(64)}\n` },
  {
    context: 'config',
    gen: (r) =>
      `provider "registry.terraform.io/hashicorp/aws" {\n  version     = "${version(r)}"\n  constraints = "~> 5.0"\n  hashes = [\n    "h1:${b64(r.bytes(32))}",\n    "zh:${r.hex(64)}",\n    "zh:${r.hex(64)}",\n  ]\n}\n`,
  },
  // Docker digests and ids
  { context: 'config', gen: (r) => `FROM ${r.pick(['node:20-alpine', 'python:3.12-slim', 'golang:1.22'])}@sha256:${r.hex(64)}\nWORKDIR /app\nCOPY . .\n` },
  {
    context: 'shell',
    gen: (r) =>
      `$ docker images --digests\nREPOSITORY   TAG      DIGEST                                                                    IMAGE ID       SIZE\nacme/api     ${version(r)}   sha256:${r.hex(64)}   ${r.hex(12)}   ${r.int(50, 900)}MB\n$ docker ps\nCONTAINER ID   IMAGE\n${r.hex(12)}   acme/api:${version(r)}\n`,
  },
  // Data URIs and inline images
  { context: 'code', gen: (r) => `.logo { background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${b64(r.bytes(r.int(120, 400)))}"); }\n` },
  { context: 'code', gen: (r) => `<img alt="avatar" src="data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD${b64(r.bytes(r.int(200, 500)))}">\n` },
  // Minified JS with hashed chunk names
  {
    context: 'code',
    gen: (r) =>
      `!function(e,t){"object"==typeof exports&&"undefined"!=typeof module?module.exports=t():"function"==typeof define&&define.amd?define(t):(e=e||self).${r.s(ALPHA, 6)}=t()}(this,function(){"use strict";var e="static/chunks/${r.hex(16)}.js",t={${Array.from({ length: 4 }, () => `${r.int(100, 999)}:"${r.hex(20)}"`).join(',')}};function n(n){return t[n]||e}return n});\n`,
  },
  {
    context: 'code',
    gen: (r) =>
      `<script type="module" crossorigin src="/assets/index-${r.s(B64URL, 8)}.js" integrity="sha384-${b64(r.bytes(48))}"></script>\n<link rel="stylesheet" href="/assets/index-${r.s(B64URL, 8)}.css">\n`,
  },
  // CSS colors
  {
    context: 'code',
    gen: (r) =>
      `:root {\n${Array.from({ length: r.int(4, 8) }, (_, i) => `  --color-${r.pick(['brand', 'gray', 'accent', 'danger'])}-${(i + 1) * 100}: #${r.hex(6)};`).join('\n')}\n}\n.btn-primary { color: #${r.hex(6)}; background: #${r.hex(3)}; border-color: rgba(${r.int(0, 255)}, ${r.int(0, 255)}, ${r.int(0, 255)}, 0.5); }\n`,
  },
  // Long camelCase identifiers
  {
    context: 'code',
    gen: (r) => {
      const parts = [
        'get',
        'User',
        'Account',
        'Settings',
        'By',
        'Organization',
        'Id',
        'And',
        'Role',
        'Token',
        'Refresh',
        'Handler',
        'Factory',
        'Provider',
        'Secret',
        'Manager',
        'Async',
        'Cache',
        'Key',
        'Resolver',
      ];
      const ident = (): string => r.shuffle(parts).slice(0, r.int(5, 9)).join('');
      return `export async function ${ident()}(${ident()}: ${ident()}): Promise<${ident()}> {\n  return this.${ident()}.${ident()}();\n}\n`;
    },
  },
  // Random-looking file names
  {
    context: 'shell',
    gen: (r) =>
      [
        `IMG_${date(r).replace(/-/g, '')}_${time(r).replace(/:/g, '')}.jpg`,
        `report-${r.hex(8)}.pdf`,
        `chunk-vendors.${r.hex(8)}.js`,
        `main.${r.hex(20)}.css`,
        `__pycache__/models.cpython-311.pyc`,
        `Screenshot ${date(r)} at ${time(r).replace(/:/g, '.')}.png`,
        `${r.uuid()}.json`,
        `export_${r.s(LOWER_NUM, 10)}.csv`,
      ]
        .map((f) => `-rw-r--r--  1 user  staff  ${r.int(100, 99999)} Mar ${r.int(1, 28)} ${time(r).slice(0, 5)} ${f}`)
        .join('\n') + '\n',
  },
  // Hash test vectors (real digests of the shown inputs)
  {
    context: 'code',
    gen: (r) => {
      const input = r.pick(['abc', 'hello world', 'The quick brown fox jumps over the lazy dog', '']);
      return `def test_digests():\n    assert hashlib.md5(b"${input}").hexdigest() == "${sha('md5', input)}"\n    assert hashlib.sha1(b"${input}").hexdigest() == "${sha('sha1', input)}"\n    assert hashlib.sha256(b"${input}").hexdigest() == "${sha('sha256', input)}"\n`;
    },
  },
  // Low-entropy, repeated and sequential strings
  {
    context: 'config',
    gen: (r) =>
      r.pick([
        'API_KEY=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n',
        'TOKEN=0000000000000000000000000000000000000000\n',
        'const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";\n',
        'SECRET=1234567890123456789012345678901234567890\n',
        'test_key = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"\n',
        'padding: "==========================================="\n',
        'password = "password"\n',
        'id: 0123456789abcdef0123456789abcdef\n',
      ]),
  },
  // Public certificates and keys
  {
    context: 'config',
    gen: (r) =>
      `ca.crt: |\n${publicPem(r, 'CERTIFICATE')
        .split('\n')
        .map((l) => '  ' + l)
        .join('\n')}\n`,
  },
  { context: 'config', gen: (r) => `# Verify webhook signatures with this public key\n${publicPem(r, 'PUBLIC KEY')}\n` },
  { context: 'shell', gen: (r) => `$ cat ~/.ssh/authorized_keys\n${sshPublicKey(r)}\n${sshPublicKey(r)}\n` },
  {
    context: 'config',
    gen: (r) =>
      `github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${b64(r.bytes(32)).slice(1)}\n${r.pick(['gitlab.com', 'bitbucket.org'])} ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${b64(r.bytes(64)).slice(0, 86)}=\n`,
  },
  {
    context: 'config',
    gen: (r) =>
      `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${wrap(b64(concat([0x99, 0x01, 0x0d, 0x04], r.bytes(300))), 64)}\n=${b64(r.bytes(3))}\n-----END PGP PUBLIC KEY BLOCK-----\n`,
  },
  { context: 'config', gen: (r) => `# age recipients for sops\ncreation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: ${bech32('age', toWords(r.bytes(32)), 'bech32')}\n` },
  // Checksum files
  {
    context: 'shell',
    gen: (r) =>
      Array.from(
        { length: r.int(2, 5) },
        () => `${r.hex(64)}  ${r.pick(['app', 'cli', 'agent'])}-${version(r)}-${r.pick(['linux-amd64', 'darwin-arm64', 'windows-amd64.exe'])}.tar.gz`,
      ).join('\n') + '\n',
  },
  { context: 'shell', gen: (r) => `MD5 (release.zip) = ${r.hex(32)}\nSHA1 (release.zip) = ${r.hex(40)}\n` },
  // Version numbers, semver, dates, timestamps
  {
    context: 'config',
    gen: (r) =>
      `{\n  "name": "@acme/${r.pick(['ui', 'core', 'cli'])}",\n  "version": "${version(r)}",\n  "dependencies": {\n${r
        .shuffle(PKGS)
        .slice(0, 4)
        .map((p) => `    "${p}": "^${version(r)}"`)
        .join(',\n')}\n  }\n}\n`,
  },
  {
    context: 'chat',
    gen: (r) => `Released v${version(r)}-beta.${r.int(1, 9)}+build.${r.int(100, 9999)} on ${date(r)} (${r.int(1_600_000_000, 1_800_000_000)}); previous: v${version(r)}\n`,
  },
  {
    context: 'log',
    gen: (r) =>
      `${date(r)}T${time(r)}.${r.int(100, 999)}+02:00 worker[${r.int(100, 9999)}]: job ${r.int(100000, 999999)} finished in ${r.int(1, 9000)}ms at epoch ${r.int(1_600_000_000_000, 1_800_000_000_000)}\n`,
  },
  // Order and tracking numbers, ISBNs, OIDs
  {
    context: 'chat',
    gen: (r) =>
      `Order #${r.int(100, 999)}-${r.digits(7)}-${r.digits(7)} shipped via UPS 1Z${r.s('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 16)}. Invoice INV-${r.int(2020, 2025)}-${r.digits(6)}.\n`,
  },
  {
    context: 'config',
    gen: (r) =>
      `signatureAlgorithm: 1.2.840.113549.1.1.${r.int(5, 13)}\nextension 2.5.29.${r.int(14, 37)} critical\nenterprise OID 1.3.6.1.4.1.${r.int(1000, 60000)}.${r.int(1, 9)}.${r.int(1, 9)}\n`,
  },
  // localhost and credential-less connection strings
  {
    context: 'config',
    gen: (r) =>
      r.pick([
        'DATABASE_URL=postgres://postgres@localhost:5432/app_dev\nREDIS_URL=redis://localhost:6379/0\n',
        'MONGO_URL=mongodb://localhost:27017/test\nAMQP_URL=amqp://localhost\n',
        'DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/${DB_NAME}\n',
        'jdbc:postgresql://localhost:5432/orders?user=app\n',
        'Server=localhost;Database=Orders;Trusted_Connection=True;\n',
        'Listening on http://127.0.0.1:3000 and http://localhost:8080/api\n',
        'spring.datasource.url=jdbc:mysql://localhost:3306/db\nspring.datasource.password=${DB_PASSWORD}\n',
      ]),
  },
  // Redacted output
  {
    context: 'log',
    gen: (r) =>
      `${date(r)} ${time(r)} DEBUG request headers: {"Authorization": "Bearer [REDACTED]", "X-Api-Key": "****", "Cookie": "<filtered>"}\npassword=******** token=<redacted>\n`,
  },
  // Cloud resource identifiers
  {
    context: 'config',
    gen: (r) =>
      `arn:aws:iam::${r.num(12)}:role/${r.pick(['deploy', 'lambda-exec'])}\ninstance: i-0${r.hex(16)}\nsecurity group: sg-0${r.hex(16)}\nami: ami-0${r.hex(16)}\nvpc-${r.hex(17)}\n`,
  },
  // Payment/object ids that are identifiers, not keys
  {
    context: 'log',
    gen: (r) => `customer=cus_${r.s(B62, 14)} price=price_1${r.s(B62, 23)} payment_intent=pi_3${r.s(B62, 23)} event=evt_1${r.s(B62, 23)} product=prod_${r.s(B62, 14)}\n`,
  },
  {
    context: 'log',
    gen: (r) =>
      `channel=C${r.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)} user=U${r.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)} ts=${r.int(1_700_000_000, 1_800_000_000)}.${r.digits(6)} guild=${r.num(18)}\n`,
  },
  // Kubernetes names
  {
    context: 'shell',
    gen: (r) =>
      `NAME                              READY   STATUS    RESTARTS   AGE\n${Array.from({ length: 3 }, () => `${r.pick(['api', 'worker', 'web'])}-${r.s('bcdfghjklmnpqrstvwxz2456789', 10)}-${r.s('bcdfghjklmnpqrstvwxz2456789', 5)}   1/1     Running   0          ${r.int(1, 40)}d`).join('\n')}\n`,
  },
  // base64 of ordinary text
  {
    context: 'shell',
    gen: (r) => {
      const text = r.pick(['hello world', 'the quick brown fox', '{"theme":"dark","lang":"en"}', 'config-version-2']);
      return `$ echo -n '${text}' | base64\n${b64(text)}\n`;
    },
  },
  // SVG paths
  {
    context: 'code',
    gen: (r) => `<svg viewBox="0 0 24 24"><path d="M${r.int(1, 20)} ${r.int(1, 20)}C${Array.from({ length: 12 }, () => (r.next() * 24).toFixed(2)).join(' ')}Z"/></svg>\n`,
  },
  // ETag and cache keys
  { context: 'log', gen: (r) => `HTTP/1.1 200 OK\nETag: "${r.hex(40)}"\nX-Cache-Key: node-modules-${r.hex(64)}\nLast-Modified: Tue, ${r.int(1, 28)} May 2024 ${time(r)} GMT\n` },
  // Random words looking like keys but built from a dictionary
  {
    context: 'code',
    gen: (r) =>
      `const featureFlags = { ${Array.from({ length: 4 }, () => `${r.s(LOWER, r.int(4, 9))}${r.pick(['Enabled', 'Mode', 'Variant'])}: ${r.pick(['true', 'false', "'control'"])}`).join(', ')} };\n`,
  },
  // High-entropy but clearly non-secret base64 content (a font subset)
  { context: 'code', gen: (r) => `@font-face { font-family: "Inter"; src: url(data:font/woff2;base64,d09GMgABAAAAA${r.s(B64, r.int(200, 400))}) format("woff2"); }\n` },
  ...contextNegatives,
];

function digitsOnly(r: Rng, n: number): string {
  return r.s('0123456789', n);
}

function isbn13(r: Rng): string {
  const body = '978' + digitsOnly(r, 9);
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0);
  const full = body + ((10 - (sum % 10)) % 10);
  return `${full.slice(0, 3)}-${full.slice(3, 4)}-${full.slice(4, 8)}-${full.slice(8, 12)}-${full.slice(12)}`;
}

/** A real-format address with one character swapped, so its checksum no longer verifies. */
function corrupt(r: Rng, address: string, alphabet: string): string {
  const at = r.int(Math.min(5, address.length - 2), address.length - 2);
  const current = address[at]!;
  const choices = [...alphabet].filter((c) => c !== current);
  return address.slice(0, at) + r.pick(choices) + address.slice(at + 1);
}

export const piiNegatives: Gen[] = [
  // Four-part versions that cannot be IPv4 (an octet > 255) and plain semver
  (r) =>
    `User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${r.int(100, 130)}.0.${r.int(5000, 6999)}.${r.int(100, 300)} Safari/537.36\n`,
  (r) => `OS build 10.0.${r.int(19041, 22631)}.${r.int(1000, 4000)}; agent ${version(r)}; kernel ${r.int(5, 6)}.${r.int(0, 15)}.${r.int(0, 200)}-${r.int(10, 99)}-generic\n`,
  (r) => `Bumped ${r.pick(PKGS)} from ${version(r)} to ${version(r)} and ${r.pick(PKGS)} from ${version(r)} to ${version(r)}.\n`,
  // OIDs (dotted numbers with many components)
  (r) =>
    `SNMP walk: 1.3.6.1.2.1.${r.int(1, 9)}.${r.int(1, 30)}.${r.int(1, 9)}.${r.int(1, 99)} = INTEGER: ${r.int(0, 99999)}\nOID 2.16.840.1.101.3.4.2.${r.int(1, 3)} (hash algorithm)\n`,
  // Dates, times, timestamps, durations
  (r) =>
    `Meeting moved to ${date(r)} ${time(r).slice(0, 5)}–${time(r).slice(0, 5)} (${r.int(1, 28)}/${r.int(1, 12)}/2024). Deadline: ${r.int(1, 28)}.${r.int(1, 12)}.2025. Build took ${r.int(1, 59)}m${r.int(1, 59)}s.\n`,
  (r) => `{"created_at": ${r.int(1_600_000_000_000, 1_800_000_000_000)}, "updated_at": "${date(r)}T${time(r)}Z", "ttl_seconds": ${r.int(60, 86400)}}\n`,
  // Order numbers, invoices, SKUs, tracking numbers
  (r) =>
    `Your order ${r.int(100, 999)}-${digitsOnly(r, 7)}-${digitsOnly(r, 7)} (SKU ${r.s('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}-${digitsOnly(r, 4)}-${digitsOnly(r, 4)}) will arrive ${date(r)}. Reference: ${digitsOnly(r, 12)}.\n`,
  (r) => `Invoice No. ${r.int(2020, 2025)}/${digitsOnly(r, 6)}, customer no. ${digitsOnly(r, 8)}, total EUR ${r.int(1, 9)},${digitsOnly(r, 3)}.${digitsOnly(r, 2)}\n`,
  // ISBNs
  (r) => `${r.pick(['Clean Code', 'Designing Data-Intensive Applications', 'The Pragmatic Programmer'])}, ISBN ${isbn13(r)}; also cited: ISBN ${isbn13(r)}.\n`,
  // Card-like numbers that fail the Luhn check
  (r) => {
    const issuer = randomIssuer(r);
    const n = cardNumber(r, issuer, false);
    return `Card number ${r.pick([n, groupCard(n, ' '), groupCard(n, '-')])} was declined: invalid number.\n`;
  },
  (r) => `Tracking IDs: ${Array.from({ length: 3 }, () => groupCard(cardNumber(r, randomIssuer(r), false), ' ')).join(', ')}\n`,
  // IBAN-like strings that fail mod-97
  (r) => {
    const bad = iban(r, r.pick(IBAN_COUNTRIES), false);
    return `Payment rejected — IBAN ${r.bool() ? bad : groupIban(bad)} failed validation (checksum).\n`;
  },
  // SSN-shaped numbers in never-issued ranges
  (r) => {
    const forms = [
      `000-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`,
      `666-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`,
      `9${r.digits(2)}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`,
      `${r.int(100, 665)}-00-${String(r.int(1, 9999)).padStart(4, '0')}`,
      `${r.int(100, 665)}-${String(r.int(1, 99)).padStart(2, '0')}-0000`,
    ];
    return `Test fixture uses SSN ${r.pick(forms)} (invalid by construction).\n`;
  },
  // localhost, unspecified and loopback addresses
  (r) =>
    r.pick(['Server listening on 127.0.0.1:8080 and [::1]:8080\n', 'bind 0.0.0.0:5432\n', 'curl http://localhost:3000/health\n', 'nameserver 127.0.0.53\n', 'ListenAddress ::\n']),
  // @-strings that are not email addresses
  (r) =>
    `npm i ${r.pick(PKGS)}@${version(r)} @types/node@${version(r)} @acme/${r.pick(['ui', 'core'])}@latest\ngit clone git@github.com:acme/${r.pick(['api', 'web', 'infra'])}.git\n`,
  (r) => `@media (max-width: ${r.int(400, 1200)}px) { .nav { display: none; } }\n@Component({ selector: 'app-root' })\nfollow us @${r.s(LOWER, 8)}\n`,
  // Hashes, UUIDs and hex blobs that are not addresses
  (r) => `tx hash 0x${r.hex(64)} in block ${r.int(15_000_000, 20_000_000)}; topic0 0x${r.hex(64)}\n`,
  (r) => `flags: 0x${r.hex(8)}, mask 0xFFFFFFFF, magic 0xDEADBEEF, commit ${r.hex(40)}\n`,
  (r) => `session ${r.uuid()} started; device ${r.uuid()}\n`,
  // Base58 and bech32 strings whose checksums do not verify, and IPFS CIDs
  (r) => `ipfs://Qm${r.s('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 44)}\n`,
  (r) => {
    const valid = base58check(concat([0x00], r.bytes(20)));
    return `Invalid address (checksum mismatch): ${corrupt(r, valid, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')}\n`;
  },
  (r) => {
    const valid = bech32('bc', [0, ...toWords(r.bytes(20))], 'bech32');
    return `rejected destination ${corrupt(r, valid, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}: bad checksum\n`;
  },
  // Numbers that are not phone numbers
  (r) =>
    `Revenue: $${r.int(1, 999)},${digitsOnly(r, 3)},${digitsOnly(r, 3)}.${digitsOnly(r, 2)} (+${r.int(1, 40)}.${r.int(0, 9)}% YoY); resolution ${r.pick(['1920x1080', '2560x1440', '3840x2160'])}; ports ${r.int(1000, 9999)}-${r.int(10000, 65535)}\n`,
  (r) => `coordinates ${(r.next() * 180 - 90).toFixed(6)}, ${(r.next() * 360 - 180).toFixed(6)}; elevation ${r.int(0, 4000)} m\n`,
  (r) =>
    `Step ${r.int(1, 9)} of ${r.int(10, 20)}: processed ${r.int(1000, 99999)} rows in ${r.int(100, 999)} ms (batch ${digitsOnly(r, 4)} ${digitsOnly(r, 4)} ${digitsOnly(r, 2)})\n`,
  // Identifiers from the secret negatives that also look numeric
  (r) => `build #${r.int(1000, 99999)} (${date(r)}) — artifact ${r.s(LOWER_NUM, 12)}.zip, pipeline ${digitsOnly(r, 10)}\n`,
  // Shapes of national identifiers, phones and birth dates that are none of them
  ...piiHardNegatives,
];
