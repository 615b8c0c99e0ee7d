/**
 * Hard negatives for the contexts the first negatives left thin: chat prose about credentials, shell that
 * passes secrets by reference, agent tool calls full of random-looking ids, URLs with ids and hashes but no
 * credential, code and logs that name secrets without holding one.
 */
import { b64 } from './codec';
import type { NegativeKind } from './negatives';
import { B62, B64URL, LOWER_NUM, type Rng } from './rng';

const PROVIDERS = ['GitHub', 'Stripe', 'OpenAI', 'AWS', 'Slack', 'Datadog', 'Twilio', 'SendGrid'];
const ENV = ['OPENAI_API_KEY', 'STRIPE_SECRET_KEY', 'GITHUB_TOKEN', 'DATABASE_URL', 'NPM_TOKEN', 'SLACK_BOT_TOKEN', 'DB_PASSWORD'];
const date = (r: Rng): string => `2024-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;

const toolUseId = (r: Rng): string => 'toolu_01' + r.s(B62, 22);
const callId = (r: Rng): string => 'call_' + r.s(B62, 24);

export const contextNegatives: NegativeKind[] = [
  // --- chat: talking about credentials without pasting one ---
  {
    context: 'chat',
    gen: (r) =>
      `I rotated the ${r.pick(PROVIDERS)} key this morning and revoked the old one. The new one is in the team vault under "${r.pick(['billing prod', 'ci deploy', 'analytics'])}", not in the repo. Can you update the runbook so it says where to find it?\n`,
  },
  {
    context: 'chat',
    gen: (r) =>
      `The token starts with \`${r.pick(['ghp_', 'sk-proj-', 'xoxb-', 'glpat-', 'npm_'])}\` and is about ${r.int(36, 164)} characters long. Where exactly do I paste it, the .env file or the CI settings?\n`,
  },
  {
    context: 'chat',
    gen: (r) =>
      `Deploy ${r.hex(7)} broke checkout; the failing run is ${r.uuid()} and the trace id ${r.hex(32)}. Rolling back to ${r.hex(7)} fixed it. Ticket ${r.pick(['OPS', 'PAY', 'INC'])}-${r.int(100, 9999)}.\n`,
  },
  {
    context: 'chat',
    gen: (r) =>
      r.pick([
        'Passwords must be at least 12 characters with one digit and one symbol; the reset link expires after 30 minutes.\n',
        'Should the API key go in a header or the query string? I read that query strings end up in logs.\n',
        'My key is sk-...4f2Q (I cut it, obviously). The dashboard says it is active, but every call returns 429.\n',
        'Is it safe to store the refresh token in localStorage, or should it be an httpOnly cookie?\n',
        'We use `secretKeyRef` for the database password and Vault for everything else; nothing is in the image.\n',
      ]),
  },
  {
    context: 'chat',
    gen: (r) =>
      `Quick summary of the incident: ${r.int(2, 40)} requests failed with "invalid api key" between ${r.int(10, 12)}:${r.int(10, 59)} and ${r.int(13, 15)}:${r.int(10, 59)} UTC on ${date(r)}. Root cause: the key was rotated but the worker kept the old value in memory. Fix: reload on SIGHUP.\n`,
  },
  {
    context: 'chat',
    gen: (r) =>
      `Hier ist die Konfiguration ohne Geheimnisse: API_KEY=<dein Schlüssel>, REGION=eu-central-1, TIMEOUT=${r.int(5, 60)}s. Den echten Schlüssel schicke ich dir per Passwortmanager.\n`,
  },

  // --- shell: secrets by reference, tool output with fingerprints and ids ---
  {
    context: 'shell',
    gen: (r) =>
      r.pick([
        'export GITHUB_TOKEN=$(gh auth token)\ncurl -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/user\n',
        'export VAULT_TOKEN="$(vault print token)"\nexport DB_PASSWORD=$(vault kv get -field=password secret/app/db)\n',
        'curl -u "$JENKINS_USER:$JENKINS_API_TOKEN" https://ci.acme.io/api/json\n',
        'echo "$CR_PAT" | docker login ghcr.io -u dana-k --password-stdin\nLogin Succeeded\n',
        'aws ssm get-parameter --name /prod/db/password --with-decryption --query Parameter.Value --output text > /dev/null\n',
        'kubectl create secret generic app-db --from-env-file=.env.prod --dry-run=client -o yaml | kubeseal > sealed.yaml\n',
      ]),
  },
  {
    context: 'shell',
    gen: (r) =>
      `$ ssh-keygen -t ed25519 -C "${r.pick(['dana', 'ci', 'deploy'])}@acme.io"\nYour identification has been saved in /home/dev/.ssh/id_ed25519\nYour public key has been saved in /home/dev/.ssh/id_ed25519.pub\nThe key fingerprint is:\nSHA256:${b64(r.bytes(32)).replace(/=+$/, '')} dana@acme.io\n`,
  },
  {
    context: 'shell',
    gen: (r) =>
      `$ aws sts get-caller-identity\n{\n    "UserId": "AIDA${r.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)}",\n    "Account": "${r.num(12)}",\n    "Arn": "arn:aws:iam::${r.num(12)}:user/${r.pick(['dana', 'ci-deploy'])}"\n}\n`,
  },
  {
    context: 'shell',
    gen: (r) =>
      `$ gpg --list-secret-keys --keyid-format=long\nsec   ed25519/${r.hex(16).toUpperCase()} ${date(r)} [SC]\n      ${r.hex(40).toUpperCase()}\nuid                 [ultimate] Dana K <dana@acme.io>\n`,
  },

  // --- tool-call: agent traffic without a secret, full of random-looking ids ---
  {
    context: 'tool-call',
    gen: (r) =>
      JSON.stringify({
        id: 'msg_01' + r.s(B62, 22),
        type: 'message',
        role: 'assistant',
        content: [{ type: 'tool_use', id: toolUseId(r), name: 'run_shell', input: { command: r.pick(['npm test', 'git status --short', 'ls -la src', 'pytest -q']) } }],
        stop_reason: 'tool_use',
      }) + '\n',
  },
  {
    context: 'tool-call',
    gen: (r) =>
      JSON.stringify({
        id: 'chatcmpl-' + r.s(B62, 29),
        object: 'chat.completion',
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: null,
              tool_calls: [
                { id: callId(r), type: 'function', function: { name: 'read_file', arguments: JSON.stringify({ path: r.pick(['src/index.ts', 'README.md', 'package.json']) }) } },
              ],
            },
          },
        ],
        system_fingerprint: 'fp_' + r.hex(10),
      }) + '\n',
  },
  {
    context: 'tool-call',
    gen: (r) =>
      JSON.stringify({
        type: 'tool_use',
        id: toolUseId(r),
        name: 'write_file',
        input: {
          path: '.env.example',
          content: `OPENAI_API_KEY=\nSTRIPE_SECRET_KEY=sk_test_...\nDATABASE_URL=postgres://user:password@localhost:5432/app\nSESSION_SECRET=change-me\n`,
        },
      }) + '\n',
  },
  {
    context: 'tool-call',
    gen: (r) =>
      JSON.stringify({
        role: 'tool',
        tool_call_id: callId(r),
        content: `$ git log --oneline -3\n${r.hex(7)} Fix token refresh race\n${r.hex(7)} Read API key from env instead of config\n${r.hex(7)} Bump openai to ${r.int(1, 4)}.${r.int(0, 60)}.${r.int(0, 9)}\n`,
      }) + '\n',
  },
  {
    context: 'tool-call',
    gen: (r) =>
      JSON.stringify({
        role: 'user',
        content: [
          {
            type: 'tool_result',
            tool_use_id: toolUseId(r),
            content: [{ type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgoAAAANSUhEUgAA' + b64(r.bytes(r.int(150, 400))) } }],
          },
        ],
      }) + '\n',
  },
  {
    context: 'tool-call',
    gen: (r) =>
      JSON.stringify({
        type: 'tool_use',
        id: toolUseId(r),
        name: 'edit_file',
        input: { path: 'src/config.ts', old_text: "apiKey: 'hardcoded'", new_text: `apiKey: process.env.${r.pick(ENV)} ?? ''` },
      }) + '\n',
  },
  {
    context: 'tool-call',
    gen: (r) =>
      JSON.stringify({
        jsonrpc: '2.0',
        id: r.int(1, 99),
        result: {
          content: [{ type: 'text', text: `Created issue #${r.int(100, 9999)} (node id I_kwDO${r.s(B64URL, 14)}), assigned to @dana-k, labels: bug, security` }],
          isError: false,
        },
      }) + '\n',
  },

  // --- url: ids, hashes and signatures of public things, no credential ---
  {
    context: 'url',
    gen: (r) => `https://github.com/acme/${r.pick(['api', 'web', 'infra'])}/commit/${r.hex(40)}\nhttps://github.com/acme/api/pull/${r.int(10, 9999)}/files#diff-${r.hex(64)}\n`,
  },
  { context: 'url', gen: (r) => `https://docs.google.com/document/d/1${r.s(B64URL, 43)}/edit?usp=sharing\nhttps://drive.google.com/file/d/1${r.s(B64URL, 32)}/view\n` },
  { context: 'url', gen: (r) => `https://www.youtube.com/watch?v=${r.s(B64URL, 11)}&t=${r.int(10, 900)}s and the slides: https://speakerdeck.com/acme/${r.s(LOWER_NUM, 8)}\n` },
  {
    context: 'url',
    gen: (r) =>
      `https://accounts.example-idp.com/oauth2/authorize?response_type=code&client_id=${r.s(B62, 20)}&redirect_uri=https%3A%2F%2Fapp.acme.io%2Fcallback&scope=openid%20email&state=${r.s(B64URL, 22)}&code_challenge=${r.s(B64URL, 43)}&code_challenge_method=S256\n`,
  },
  { context: 'url', gen: (r) => `https://cdn.acme.io/assets/app.${r.hex(20)}.js?v=${r.hex(8)}\nhttps://cdn.acme.io/img/hero-${r.s(LOWER_NUM, 10)}.webp?w=1200&q=80\n` },
  {
    context: 'url',
    gen: (r) =>
      r.pick([
        'https://api.example.com/v1/items?api_key=YOUR_API_KEY&limit=10\n',
        'https://deploy@git.acme.io/acme/api.git\n',
        'https://app.acme.io/reset-password?email=&token=<token from the email>\n',
        'postgres://localhost:5432/app_dev?sslmode=disable\n',
        'https://user:password@example.com/ is the syntax, but never put real credentials in a URL.\n',
      ]),
  },
  {
    context: 'url',
    gen: (r) =>
      `https://acme.atlassian.net/browse/${r.pick(['OPS', 'PAY'])}-${r.int(10, 9999)}?focusedCommentId=${r.num(6)}\nhttps://app.datadoghq.com/apm/trace/${r.num(19)}?spanID=${r.num(19)}\nhttps://sentry.io/organizations/acme/issues/${r.num(10)}/events/${r.hex(32)}/\n`,
  },

  // --- code: secrets read at run time, token patterns, test doubles ---
  {
    context: 'code',
    gen: (r) =>
      r.pick([
        'const TOKEN_PATTERN = /ghp_[A-Za-z0-9]{36}/;\nexport const looksLikeToken = (s: string) => TOKEN_PATTERN.test(s);\n',
        'AWS_KEY_RE = re.compile(r"(?<![A-Z0-9])AKIA[0-9A-Z]{16}(?![A-Z0-9])")\n',
        'public String getPassword() { return password; }\npublic void setPassword(String password) { this.password = password; }\n',
        "$password = $_POST['password'] ?? '';\nif (!password_verify($password, $user->password_hash)) { http_response_code(401); }\n",
        'Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)\n',
        'api_key: SecretStr = Field(default=..., env="OPENAI_API_KEY")\n',
        '<input type="password" name="password" autocomplete="current-password" required>\n',
        '{\n  "password": "Passwort",\n  "confirmPassword": "Passwort bestätigen",\n  "passwordHint": "mindestens zwölf Zeichen"\n}\n',
        'const UserSchema = new Schema({ email: String, password: { type: String, required: true, minlength: 12 } });\n',
        "if (typeof options.password === 'function') options.password = await options.password();\n",
      ]),
  },
  {
    // Where a value stands in a password's place but is none: a translation, a status, an image's default, a
    // build's plain field, a variable without a default.
    context: 'config',
    gen: (r) =>
      r.pick([
        '{\n  "login": "Accedi",\n  "username": "nome utente",\n  "password": "parola",\n  "remember": "ricordami"\n}\n',
        `{"event":"user.updated","user":"u_${r.int(1000, 9999)}","password":"expired","mfa":"verified"}\n`,
        'services:\n  minio:\n    image: minio/minio\n    environment:\n      MINIO_ROOT_USER: minioadmin\n      MINIO_ROOT_PASSWORD: minioadmin\n',
        'buildConfigField "String", "API_BASE_URL", "\\"https://api.example.com/v2\\""\nbuildConfigField "boolean", "API_KEY_REQUIRED", "true"\n',
        'variable "db_password" {\n  description = "Set it in terraform.tfvars; no default on purpose"\n  type        = string\n  sensitive   = true\n}\n',
      ]),
  },
  {
    context: 'code',
    gen: (r) =>
      `def sign(payload: bytes) -> str:\n    key = os.environ["WEBHOOK_SECRET"].encode()\n    return hmac.new(key, payload, hashlib.sha256).hexdigest()\n\nassert sign(b"") == "${r.hex(64)}"  # recorded with the staging key\n`,
  },
  {
    context: 'code',
    gen: (r) =>
      `var ErrInvalidToken = errors.New("invalid token")\n\nfunc (s *Server) authenticate(r *http.Request) (string, error) {\n\ttoken := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")\n\tif token == "" {\n\t\treturn "", ErrInvalidToken\n\t}\n\treturn s.verifier.Verify(r.Context(), token)\n}\n// build ${r.hex(12)}\n`,
  },
  {
    context: 'code',
    gen: (r) =>
      `deploy:\n\t@test -n "$(DOCKER_PASSWORD)" || (echo "DOCKER_PASSWORD is not set" && exit 1)\n\t@echo "$(DOCKER_PASSWORD)" | docker login -u "$(DOCKER_USER)" --password-stdin\n\tdocker push acme/api:${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}\n`,
  },

  // --- log: correlation ids, redacted values, config dumps without secrets ---
  {
    context: 'log',
    gen: (r) =>
      JSON.stringify({
        ts: `${date(r)}T10:${r.int(10, 59)}:${r.int(10, 59)}Z`,
        level: 'info',
        msg: 'request completed',
        request_id: r.uuid(),
        trace_id: r.hex(32),
        span_id: r.hex(16),
        user: `usr_${r.s(B62, 16)}`,
        status: 200,
        authorization: '[REDACTED]',
      }) + '\n',
  },
  {
    context: 'log',
    gen: (r) =>
      `${date(r)} 10:${r.int(10, 59)}:${r.int(10, 59)} INFO config loaded: api_key=**** (${r.int(36, 64)} chars, from env), db_password=<set>, webhook_secret=<unset>, region=eu-west-1\n`,
  },
];
