/**
 * Hand-written cases: situations the templates do not produce, written out one by one — a key passed
 * positionally with no name near it, a password typed into a SQL statement, a token in a URL path, a
 * `.netrc`, a Docker `config.json`, a notebook cell, an `env` dump returned to an agent. Token values come
 * from the same format generators (so they are valid by each provider's rules); passwords are typed here.
 */
import { b64 } from './codec';
import type { Context } from './contexts';
import type { Sample } from './format';
import { Rng } from './rng';
import { secretFormats } from './secrets/index';
import { jsonEscape } from './templates/types';

export interface HandwrittenCase {
  context: Context;
  text: string;
  secrets: { type: string; value: string }[];
}

const SEED = 0x4a4d;

export function handwrittenCases(): HandwrittenCase[] {
  const r = new Rng(SEED);
  const make = (type: string): Sample => {
    const format = secretFormats.find((f) => f.type === type);
    if (!format) throw new Error(`handwritten case uses unknown format ${type}`);
    return format.make(r);
  };
  const out: HandwrittenCase[] = [];
  const add = (context: Context, text: string, ...secrets: [type: string, value: string][]): void => {
    out.push({ context, text, secrets: secrets.map(([type, value]) => ({ type, value })) });
  };

  // --- chat ---
  add('chat', "Our staging box keeps rejecting logins. The Postgres password is Tr0ub4dor&3-staging and the user is app_rw; prod uses a different one, I'll send it later.\n", [
    'generic-password',
    'Tr0ub4dor&3-staging',
  ]);
  const openai = make('openai-project-key');
  add('chat', `I tried both ${openai.value} and the old one from last year but the playground still says my quota is exceeded. Is it the org or the project?\n`, [
    'openai-project-key',
    openai.value,
  ]);
  add('chat', 'the ssh password for the jump host is `Wint3r!sComing#42`, please do not put it in the wiki\n', ['generic-password', 'Wint3r!sComing#42']);
  const akid = make('aws-access-key-id');
  const aws = make('aws-secret-access-key');
  add(
    'chat',
    `Can you write the boto3 call for me? access key ${akid.value}, secret ${aws.value}, region eu-central-1, bucket acme-invoices.\n`,
    ['aws-access-key-id', akid.value],
    ['aws-secret-access-key', aws.value],
  );
  const stripe = make('stripe-secret-key-live');
  add('chat', `Warum schlägt die Zahlung fehl? Ich benutze den Schlüssel ${stripe.value} im Backend und den publishable key im Frontend.\n`, [
    'stripe-secret-key-live',
    stripe.value,
  ]);
  const slackHook = make('slack-webhook-url');
  add('chat', `post the alerts here please: ${slackHook.value} (channel #ops-alerts)\n`, ['slack-webhook-url', slackHook.value]);

  // --- shell ---
  add('shell', "$ mysql -h 10.0.3.7 -u root -p'S3cure!Pass2024' -e 'show databases'\nmysql: [Warning] Using a password on the command line interface can be insecure.\n", [
    'generic-password',
    'S3cure!Pass2024',
  ]);
  const ghcr = make('github-pat-classic');
  add('shell', `$ echo ${ghcr.value} | docker login ghcr.io -u dana-k --password-stdin\nLogin Succeeded\n`, ['github-pat-classic', ghcr.value]);
  const aws2 = make('aws-secret-access-key');
  add('shell', `$ aws configure set aws_secret_access_key ${aws2.value} --profile billing\n$ aws s3 ls --profile billing\n`, ['aws-secret-access-key', aws2.value]);
  add('shell', "export PGPASSWORD='m4ple-Syrup*Harbor'\npsql -h analytics-db.corp.net -U etl_user -d warehouse -c '\\dt'\n", ['generic-password', 'm4ple-Syrup*Harbor']);
  const npm = make('npm-access-token');
  add('shell', `$ npm config set //registry.npmjs.org/:_authToken=${npm.value}\n$ npm publish --access public\n`, ['npm-access-token', npm.value]);
  const install = make('github-app-installation-token');
  add('shell', `$ git remote -v\norigin\thttps://x-access-token:${install.value}@github.com/acme/api.git (fetch)\nupstream\thttps://github.com/acme/api.git (push)\n`, [
    'github-app-installation-token',
    install.value,
  ]);
  const jenkins = make('jenkins-api-token');
  add('shell', `for job in build test deploy; do\n  curl -X POST -u ci-bot:${jenkins.value} "https://jenkins.acme.io/job/$job/build"\ndone\n`, [
    'jenkins-api-token',
    jenkins.value,
  ]);

  // --- tool-call ---
  const anthropic = make('anthropic-api-key');
  const envDump = `HOME=/home/dev\nSHELL=/bin/zsh\nANTHROPIC_API_KEY=${anthropic.value}\nPATH=/usr/local/bin:/usr/bin:/bin\nLANG=en_US.UTF-8\n`;
  add('tool-call', JSON.stringify({ role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_01Hq7vXk2mPz9QwRt4LsNb3c', content: envDump }] }) + '\n', [
    'anthropic-api-key',
    jsonEscape(anthropic.value),
  ]);
  const dbPassword = 'Qm7#vLp2!wZr';
  const args = JSON.stringify({ command: `psql "postgresql://app:${dbPassword}@db.internal:5432/orders" -c "select count(*) from orders where status = 'open'"` });
  add(
    'tool-call',
    JSON.stringify({ role: 'assistant', tool_calls: [{ id: 'call_Kd83nVq0sLwP2xYt7RbM4aZe', type: 'function', function: { name: 'run_shell', arguments: args } }] }) + '\n',
    ['postgres-connection-string', dbPassword],
  );
  const ghcrAuth = b64(`dana-k:${make('github-pat-classic').value}`);
  const dockerConfig = JSON.stringify({ auths: { 'ghcr.io': { auth: ghcrAuth } }, credsStore: '' }, null, 2);
  add(
    'tool-call',
    JSON.stringify({ type: 'tool_use', id: 'toolu_01Xb4nTq8wLk3pRz6VmYc2Hd', name: 'write_file', input: { path: '/home/dev/.docker/config.json', content: dockerConfig } }) + '\n',
    ['docker-config-auth', ghcrAuth],
  );
  const mysqlPassword = 'h8Kq-Tz4_Wm2yVx';
  add(
    'tool-call',
    JSON.stringify({
      jsonrpc: '2.0',
      id: 12,
      method: 'tools/call',
      params: { name: 'query_db', arguments: { dsn: `mysql://reporter:${mysqlPassword}@mysql-primary.svc.cluster.local:3306/sales`, sql: 'select 1' } },
    }) + '\n',
    ['mysql-connection-string', mysqlPassword],
  );
  const aws3 = make('aws-secret-access-key');
  const akid3 = make('aws-access-key-id');
  const credentials = `[default]\naws_access_key_id = ${akid3.value}\naws_secret_access_key = ${aws3.value}\nregion = us-east-1\n`;
  add(
    'tool-call',
    JSON.stringify({ role: 'tool', tool_call_id: 'call_Vn2Lq8Xw4Rt6Zp0Ks3Mb7Ydh', content: `$ cat ~/.aws/credentials\n${credentials}` }) + '\n',
    ['aws-access-key-id', akid3.value],
    ['aws-secret-access-key', aws3.value],
  );

  // --- config ---
  const heroku = make('heroku-api-key');
  add('config', `machine api.heroku.com\n  login dana@acme.io\n  password ${heroku.value}\nmachine git.heroku.com\n  login dana@acme.io\n`, ['heroku-api-key', heroku.value]);
  const pypi = make('pypi-api-token');
  add('config', `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${pypi.value}\n`, ['pypi-api-token', pypi.value]);
  const dockerAuth = b64(`deploy:${make('dockerhub-pat').value}`);
  add('config', `{\n  "auths": {\n    "https://index.docker.io/v1/": {\n      "auth": "${dockerAuth}"\n    }\n  }\n}\n`, ['docker-config-auth', dockerAuth]);
  add(
    'config',
    'postgresql:\n  enabled: true\n  auth:\n    username: app\n    password: "Gl4cier-Fox!91"\n    database: orders\n  primary:\n    persistence:\n      size: 20Gi\n',
    ['generic-password', 'Gl4cier-Fox!91'],
  );
  const ghNpm = make('github-pat-classic');
  add('config', `@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${ghNpm.value}\nalways-auth=true\n`, ['github-pat-classic', ghNpm.value]);
  add(
    'config',
    'spring.datasource.url=jdbc:postgresql://db:5432/app\nspring.datasource.username=app\nspring.datasource.password=Spr1ng-Bl0ssom#7\nspring.jpa.hibernate.ddl-auto=validate\n',
    ['generic-password', 'Spr1ng-Bl0ssom#7'],
  );
  const tgBot = make('telegram-bot-token');
  add('config', `[Unit]\nDescription=alert bot\n\n[Service]\nEnvironment="TELEGRAM_TOKEN=${tgBot.value}"\nExecStart=/usr/local/bin/alertbot\nRestart=always\n`, [
    'telegram-bot-token',
    tgBot.value,
  ]);

  // --- code ---
  add('code', "define( 'DB_NAME', 'wordpress' );\ndefine( 'DB_USER', 'wp_admin' );\ndefine( 'DB_PASSWORD', 'x7#Lq9vR!tP2' );\ndefine( 'DB_HOST', 'localhost' );\n", [
    'generic-password',
    'x7#Lq9vR!tP2',
  ]);
  const openai2 = make('openai-project-key');
  const cell = {
    cell_type: 'code',
    execution_count: 3,
    metadata: {},
    outputs: [],
    source: ['import openai\n', `openai.api_key = "${openai2.value}"\n`, 'resp = openai.chat.completions.create(model="gpt-4o", messages=msgs)\n'],
  };
  add('code', JSON.stringify(cell, null, 1) + '\n', ['openai-project-key', openai2.value]);
  const akid4 = make('aws-access-key-id');
  const aws4 = make('aws-secret-access-key');
  add(
    'code',
    `s3 = boto3.client(\n    "s3",\n    aws_access_key_id="${akid4.value}",\n    aws_secret_access_key="${aws4.value}",\n)\n`,
    ['aws-access-key-id', akid4.value],
    ['aws-secret-access-key', aws4.value],
  );
  const stripe2 = make('stripe-secret-key-live');
  add('code', `const stripe = require('stripe')('${stripe2.value}');\n\nconst session = await stripe.checkout.sessions.create({ mode: 'payment', line_items });\n`, [
    'stripe-secret-key-live',
    stripe2.value,
  ]);
  const sendgrid = make('sendgrid-api-key');
  add('code', `auth := smtp.PlainAuth("", "apikey", "${sendgrid.value}", "smtp.sendgrid.net")\nerr := smtp.SendMail("smtp.sendgrid.net:587", auth, from, to, msg)\n`, [
    'sendgrid-api-key',
    sendgrid.value,
  ]);
  add('code', 'Connection conn = DriverManager.getConnection(\n    "jdbc:postgresql://db.internal:5432/app", "app", "Blue-Harbor-77!x");\n', [
    'generic-password',
    'Blue-Harbor-77!x',
  ]);
  const ghRuby = make('github-fine-grained-pat');
  add('code', `client = Octokit::Client.new(access_token: '${ghRuby.value}')\nclient.create_issue('acme/api', 'Nightly failed', body)\n`, [
    'github-fine-grained-pat',
    ghRuby.value,
  ]);
  add('code', "$mail = new PHPMailer(true);\n$mail->isSMTP();\n$mail->Host = 'smtp.acme.io';\n$mail->Username = 'noreply@acme.io';\n$mail->Password = 'Mailb0x!Sunset';\n", [
    'generic-password',
    'Mailb0x!Sunset',
  ]);
  const dckr = make('dockerhub-pat');
  add('code', `release:\n\tdocker login -u acmebot -p ${dckr.value}\n\tdocker push acme/api:$(VERSION)\n`, ['dockerhub-pat', dckr.value]);
  add('code', 'using var conn = new SqlConnection("Server=tcp:sql-prod.database.windows.net,1433;User Id=sa;Password=Tr4in-Station#5;Encrypt=True;");\n', [
    'ado-net-connection-string',
    'Tr4in-Station#5',
  ]);

  // --- url ---
  const tg = make('telegram-bot-token');
  add('url', `https://api.telegram.org/bot${tg.value}/sendMessage?chat_id=-100184729&text=deploy%20done\n`, ['telegram-bot-token', tg.value]);
  const bitbucket = make('bitbucket-app-password');
  add('url', `git clone https://dana-k:${bitbucket.value}@bitbucket.org/acme/api.git\n`, ['bitbucket-app-password', bitbucket.value]);
  const maps = make('gcp-api-key');
  add('url', `https://maps.googleapis.com/maps/api/geocode/json?address=Alexanderplatz+1,+Berlin&key=${maps.value}\n`, ['gcp-api-key', maps.value]);
  const sas = make('azure-sas-token');
  add('url', `download it from ${sas.display}\n`, ['azure-sas-token', sas.value]);
  add('url', 'https://admin:Orchid-Lake-2024@grafana.internal.acme.io/d/ops/overview?orgId=1\n', ['basic-auth-url', 'Orchid-Lake-2024']);

  // --- log ---
  const jwt = make('jwt-rs256');
  add(
    'log',
    `2024-05-02 10:14:07,311 DEBUG urllib3.connectionpool https://api.acme.io:443 "GET /v1/me HTTP/1.1" 401 63\n2024-05-02 10:14:07,312 DEBUG app.http request headers: {'Authorization': 'Bearer ${jwt.value}', 'Accept': '*/*'}\n`,
    ['jwt-rs256', jwt.value],
  );
  const npm2 = make('npm-access-token');
  add(
    'log',
    `$ echo "//registry.npmjs.org/:_authToken=${npm2.value}" > ~/.npmrc\n$ npm ci\nadded 812 packages in 21s\nCleaning up project directory and file based variables\nJob succeeded\n`,
    ['npm-access-token', npm2.value],
  );

  // --- a credential named only by the sentence around it, or set through a method ---
  add('chat', 'Is this token still good? `Qh7rT2mX9vK4pL8nW3sB6dZ1` The dashboard shows it as active but every call gets a 401.\n', [
    'generic-api-key',
    'Qh7rT2mX9vK4pL8nW3sB6dZ1',
  ]);
  add('chat', 'mR4vX8qL2nT6wZ9pK3sB7dF5hJ1cG0yA\nthat is the new secret from the partner portal, the old one was revoked this morning\n', [
    'generic-api-key',
    'mR4vX8qL2nT6wZ9pK3sB7dF5hJ1cG0yA',
  ]);
  add('code', 'PaymentsClient client = new PaymentsClient();\nclient.setApiKey("Zt5pW9xK2mQ7vR3nL8sB4dH6");\nclient.setTimeout(Duration.ofSeconds(30));\n', [
    'generic-api-key',
    'Zt5pW9xK2mQ7vR3nL8sB4dH6',
  ]);
  add(
    'code',
    'val dataSource = HikariDataSource().apply {\n    jdbcUrl = "jdbc:postgresql://db:5432/app"\n}\nval cfg = DbConfig.builder().user("app").password("Kx8#vQ2m!Lp7zR4w").build()\n',
    ['generic-password', 'Kx8#vQ2m!Lp7zR4w'],
  );

  // --- values on the line after their name, hashes and key shares pasted from a terminal ---
  add('config', '<settings>\n  <apiToken>\n    Wn4kQ8zX2vT7mL9pR3sB6dH1\n  </apiToken>\n  <timeout>30</timeout>\n</settings>\n', ['generic-api-key', 'Wn4kQ8zX2vT7mL9pR3sB6dH1']);
  add('config', 'apiVersion: v1\nkind: ConfigMap\ndata:\n  webhook_secret: |\n    Hv7rT2nX9qK4wL8mZ3sB6dP1yF5c\n  region: eu-west-1\n', [
    'generic-api-key',
    'Hv7rT2nX9qK4wL8mZ3sB6dP1yF5c',
  ]);
  add('shell', '$ sudo grep deploy /etc/shadow\ndeploy:$6$Vb2Rk9Xq$0jU7mTz3LwQ8pN4cY6hF1sD5aG9eK2rB7vX3nM8qW4tZ6yH1uJ5iO0pL2kS9dA3fG7hQ4wE8rT1yU6iO3pA5sD:19800:0:99999:7:::\n', [
    'password-hash',
    '$6$Vb2Rk9Xq$0jU7mTz3LwQ8pN4cY6hF1sD5aG9eK2rB7vX3nM8qW4tZ6yH1uJ5iO0pL2kS9dA3fG7hQ4wE8rT1yU6iO3pA5sD',
  ]);
  add(
    'shell',
    '$ vault operator unseal Qm7xK2pL9vT4nR8wZ3sB6dH1yF5cJ0gA2eU7iO4aB9mZ\nKey                Value\n---                -----\nSealed             true\nUnseal Progress    1/3\n',
    ['vault-unseal-key', 'Qm7xK2pL9vT4nR8wZ3sB6dH1yF5cJ0gA2eU7iO4aB9mZ'],
  );
  // --- passwords on command lines, secrets compared in code, keys named after a service, log lines ---
  add('shell', 'C:\\> psexec \\\\fs02 -u CORP\\svc_patch -p Rq8!vT3mLx6Z cmd /c "wuauclt /detectnow"\n', ['generic-password', 'Rq8!vT3mLx6Z']);
  add('shell', '$ redis-cli -h cache-prod-1 -p 6380 -a Wd4kP9qX2zLm7Tn6 --tls ping\nPONG\n', ['generic-password', 'Wd4kP9qX2zLm7Tn6']);
  add('code', 'def login(username, password):\n    if username == "ops" and password == "Zf7#qL2vN9xK4mTp":\n        return issue_session(username)\n    raise AuthError()\n', [
    'generic-password',
    'Zf7#qL2vN9xK4mTp',
  ]);
  add('config', 'GEOCODER_MAPS_KEY=Pb6tR9mX2qL7vZ4nK8sW3dH1yF5cJ0gA\nGEOCODER_TIMEOUT=5\n', ['generic-api-key', 'Pb6tR9mX2qL7vZ4nK8sW3dH1yF5cJ0gA']);
  add('log', '2026-11-30T08:14:22Z DEBUG client init: Using Key=hN4qW8zT2mX6vL9pR3sK7bD1cF5yJ0gA region=eu\n', ['generic-api-key', 'hN4qW8zT2mX6vL9pR3sK7bD1cF5yJ0gA']);
  add('chat', 'here is my openweather key 3b9f1c7e2a4d6f8b0c5e9a1d3f7b2c4e can you check why every call says 401?\n', ['generic-api-key', '3b9f1c7e2a4d6f8b0c5e9a1d3f7b2c4e']);
  // --- Jenkins exports, formatter-broken strings, schemes inside a secret's value, sentences, tokens in layouts ---
  add(
    'config',
    '<com.cloudbees.plugins.credentials.impl.StringCredentialsImpl>\n  <scope>GLOBAL</scope>\n  <id>slack-webhook</id>\n  <secret>{AQAAABAAAAAwTq7vL2xK9mR4pZ8nW3cY6hJ1dF5sG0aE2uB8iO4pLq3Vz7Xk1Nm5Rb9=}</secret>\n</com.cloudbees.plugins.credentials.impl.StringCredentialsImpl>\n',
    ['generic-api-key', 'AQAAABAAAAAwTq7vL2xK9mR4pZ8nW3cY6hJ1dF5sG0aE2uB8iO4pLq3Vz7Xk1Nm5Rb9='],
  );
  add('code', 'export const billingWebhookSecret =\n  "Rk2vX9qL7mT4nW8zP3sB6dH1yF5cJ0gA2eU7";\n', ['generic-api-key', 'Rk2vX9qL7mT4nW8zP3sB6dH1yF5cJ0gA2eU7']);
  add('config', 'integrations:\n  helpdesk:\n    auth_token: "Token 6e1b9d4f2a7c3e8b0d5f1a9c7e3b2d4f"\n    base_url: https://helpdesk.internal/api\n', [
    'generic-api-key',
    '6e1b9d4f2a7c3e8b0d5f1a9c7e3b2d4f',
  ]);
  add('chat', 'Your Mailjet key is 8c2f6a0e4b9d1f7c3a5e8b2d6f0a4c9e, so the 401 must come from somewhere else, right?\n', ['generic-api-key', '8c2f6a0e4b9d1f7c3a5e8b2d6f0a4c9e']);
  add('shell', '$ tabcmd login -s https://eu-west-1a.online.tableau.com --token-name nightly --token-value "Lq8Zr3Tx6Wn1Kp4Vb9Mc2H==:d7Fs0Gj5Ya8Ue3Ri6Ok1Pt4Wq7Zn2Xb9"\n', [
    'tableau-personal-access-token',
    'Lq8Zr3Tx6Wn1Kp4Vb9Mc2H==:d7Fs0Gj5Ya8Ue3Ri6Ok1Pt4Wq7Zn2Xb9',
  ]);
  add('chat', "the ticketing tool token = '3f8a1c6e-92d4-e7b0-c5a3-1d9e4b7f2a60' stopped working after the migration\n", [
    'generic-api-key',
    '3f8a1c6e-92d4-e7b0-c5a3-1d9e4b7f2a60',
  ]);
  add('chat', 'Hola, ¿me ayudas con el VPN? usuario: jgarcia, contraseña: Pl4ya#Sol_2031, y sigue diciendo acceso denegado\n', ['generic-password', 'Pl4ya#Sol_2031']);
  add('chat', 'Коллеги, доступ к стенду: логин qa-admin, пароль Xr7!mLq2Vz9k — не пересылайте дальше.\n', ['generic-password', 'Xr7!mLq2Vz9k']);
  add('chat', 'サーバーのパスワードはTk9$wQ2zLm6Rです。ログインできない原因を教えてください。\n', ['generic-password', 'Tk9$wQ2zLm6R']);
  add('chat', 'VPN for the contractor: login ext-mkowalski, password Qz5&tR8wLm2K - please send it to her over Signal, not email\n', ['generic-password', 'Qz5&tR8wLm2K']);
  add('chat', 'Le mot de passe du routeur est « Br3tagne!Vent82 », mais la box refuse la connexion.\n', ['generic-password', 'Br3tagne!Vent82']);
  // --- plain passwords people choose (one class of characters), given plainly ---
  add('chat', 'the guest wifi password is "marigoldlane", can you make a little sign for the meeting room door?\n', ['generic-password', 'marigoldlane']);
  add('config', 'MAIL_HOST=smtp.acme.io\nMAIL_USERNAME=noreply@acme.io\nMAIL_PASSWORD=copperkettle\nMAIL_PORT=587\n', ['generic-password', 'copperkettle']);
  add('config', 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: shop\n      POSTGRES_PASSWORD: bluefinch42\n', [
    'generic-password',
    'bluefinch42',
  ]);
  add('code', 'conn = psycopg2.connect(host="db.internal", user="etl", password="saltmarsh")\n', ['generic-password', 'saltmarsh']);
  add('shell', "MYSQL_PWD=rosehipjam mysql -u backup -h db1.corp.net -e 'SHOW DATABASES'\n", ['generic-password', 'rosehipjam']);
  add('config', 'spring:\n  datasource:\n    url: jdbc:mysql://db:3306/shop\n    username: shop\n    password: copperfield\n', ['generic-password', 'copperfield']);
  add('url', 'DATABASE_URL=mysql://shop:gooseberry@db.internal:3306/shop?ssl=true\n', ['generic-password', 'gooseberry']);
  add('shell', '$ docker login -u deploy-bot -p wintergreen registry.acme.io\nLogin Succeeded\n', ['generic-password', 'wintergreen']);
  add('shell', 'docker run -d --name shop-db -e MYSQL_ROOT_PASSWORD=huckleberry -p 3306:3306 mysql:8\n', ['generic-password', 'huckleberry']);
  add('code', "<?php\ndefine( 'DB_NAME', 'shop' );\ndefine( 'DB_USER', 'shop' );\ndefine( 'DB_PASSWORD', 'bramblewood' );\n", ['generic-password', 'bramblewood']);
  add('config', '<connectionStrings>\n  <add name="Shop" connectionString="Server=sql01;Database=shop;User Id=shop_rw;Password=hollyhock;" />\n</connectionStrings>\n', [
    'generic-password',
    'hollyhock',
  ]);
  // --- where builds, infrastructure code, tools and mail scripts take a secret ---
  add('code', 'android {\n  defaultConfig {\n    buildConfigField "String", "MAPS_API_KEY", "\\"Vq3kT8mZr2Lw9xNb6Yc4Hd7Pf1Gj5Rs0\\""\n  }\n}\n', [
    'generic-api-key',
    'Vq3kT8mZr2Lw9xNb6Yc4Hd7Pf1Gj5Rs0',
  ]);
  add(
    'config',
    'variable "db_admin_password" {\n  description = "Admin password of the reporting database"\n  type        = string\n  sensitive   = true\n  default     = "Rp7#vKq2Lm9xWz"\n}\n',
    ['generic-password', 'Rp7#vKq2Lm9xWz'],
  );
  add('code', 'Connection conn = DriverManager.getConnection(JDBC_URL, "report_ro", "Kd8$wNq3Zt6mLx");\n', ['generic-password', 'Kd8$wNq3Zt6mLx']);
  add('code', "with smtplib.SMTP_SSL('smtp.gmail.com', 465) as server:\n    server.login(SENDER, 'mqvt zhrw kbxn pjfd')\n    server.sendmail(SENDER, to, msg.as_string())\n", [
    'generic-password',
    'mqvt zhrw kbxn pjfd',
  ]);
  add('config', 'bind 0.0.0.0\nprotected-mode yes\nport 6379\nrequirepass Hx4tQ9wLm2Vz8R\n', ['generic-password', 'Hx4tQ9wLm2Vz8R']);
  add('shell', 'zip -r -P "Jw6#pLq9Tz2vXm" exports-2026-11.zip ./exports\n', ['generic-password', 'Jw6#pLq9Tz2vXm']);
  add('config', 'ctrl_interface=DIR=/var/run/wpa_supplicant\nnetwork={\n    ssid="Studio-5G"\n    psk="Nm8tRq3vXk6Lz"\n}\n', ['generic-password', 'Nm8tRq3vXk6Lz']);
  add('config', 'OPENWEATHER_KEY=5c1e9a7f3d2b8e6049a1c7f5d3b9e2a8\nUNITS=metric\n', ['generic-api-key', '5c1e9a7f3d2b8e6049a1c7f5d3b9e2a8']);
  return out;
}
