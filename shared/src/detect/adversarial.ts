/**
 * Inputs built to make a detector do more than linear work: keywords and operators repeated so every hit
 * restarts a scan, long runs of one token alphabet, blocks that open and never close, URLs inside URLs, `@`
 * with nothing around it. The linearity test and the detection benchmark both use them, at any size.
 */
export interface AdversarialInput {
  name: string;
  text: string;
}

/** Deterministic pseudo-random characters from `alphabet`, so every run sees the same text. */
function randomRun(alphabet: string, length: number, seed: number): string {
  let state = seed >>> 0;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out += alphabet[state % alphabet.length];
  }
  return out;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const HEX = '0123456789abcdef';
const MIXED_CASE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** `unit` repeated (cycling through it when it is a list) until the text is `size` characters long. */
function repeat(units: string | readonly string[], size: number): string {
  const list = typeof units === 'string' ? [units] : units;
  let out = '';
  for (let i = 0; out.length < size; i++) out += list[i % list.length];
  return out.slice(0, size);
}

/** Lines of base64 such as a PEM body holds. */
function base64Lines(size: number, seed: number): string {
  const lines: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const line = randomRun(BASE64, 64, seed + i);
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n');
}

/** Minified JavaScript: one line, dense with keywords, operators, quotes and property accesses. */
const MINIFIED_JS = [
  'var e=function(t){return t.password?t.pass:null},',
  'n={apiKey:"",token:t.token||"",secret:void 0,auth:"Bearer "+t.jwt},',
  'r=e.passwd=>e.pwd,o="https://"+n.user+":"+n.pass+"@"+n.host+"/",',
  'i=a.secret_key||a["client_secret"],s=function(){return/^[a-z]+@[a-z]+$/.test(o)};',
];

const PASSWORD_CHARS = MIXED_CASE + '0123456789!#$%*';
const NAME_CHARS = 'abcdefghijklmnopqrstuvwxyz';

/** What a connection string form is filled with. */
interface Parts {
  user: string;
  host: string;
  pw: string;
}

/**
 * Connection strings, one a line, each with a password that looks real, in the forms people paste: ADO.NET
 * and ODBC (a braced value too), JDBC properties and Oracle's thin form, and database URLs. Every line is a
 * finding and no two are alike (the users, hosts and passwords are drawn afresh), so neither a memo of values
 * seen nor a cache of the last line hides what each one costs.
 */
function connectionStringLines(size: number, seed: number): string {
  const forms = [
    ({ user, host, pw }: Parts) => `Server=${host};Pwd=${pw};User Id=${user};Password={${pw.slice(4)};${pw.slice(0, 4)}};`,
    ({ user, host, pw }: Parts) => `Server=${host};Database=app;User Id=${user};Password=${pw};`,
    ({ host, pw }: Parts) => `Data Source=${host};Password=${pw};`,
    ({ user, host, pw }: Parts) => `Driver={SQL Server};Server=${host};Uid=${user};Pwd={${pw}};`,
    ({ user, host, pw }: Parts) => `jdbc:sqlserver://${host};user=${user};password=${pw};`,
    ({ user, host, pw }: Parts) => `jdbc:mysql://${host}/app?user=${user}&password=${pw}`,
    ({ user, host, pw }: Parts) => `jdbc:oracle:thin:${user}/${pw}@${host}:1521/orcl`,
    ({ user, host, pw }: Parts) => `postgres://${user}:${pw}@${host}/db`,
    ({ user, host, pw }: Parts) => `mongodb+srv://${user}:${pw}@${host}.net/app`,
    ({ host, pw }: Parts) => `redis://:${pw}@${host}:6379`,
  ];
  let out = '';
  for (let i = 0; out.length < size; i++) {
    const user = randomRun(NAME_CHARS, 3 + (i % 3), seed + 3 * i);
    const host = randomRun(NAME_CHARS, 2 + (i % 3), seed + 3 * i + 1);
    // A letter, a digit and a symbol in every password, as a real one has.
    const pw = 'Q' + randomRun(PASSWORD_CHARS, 7 + (i % 5), seed + 3 * i + 2) + '7!';
    out += forms[i % forms.length]!({ user, host, pw }) + '\n';
  }
  return out.slice(0, size);
}

/**
 * Sentences that name a key, token or secret beside a random token, on every line: every word opens the region
 * the prose rule reads (`credential-in-prose`), and every token there is judged.
 */
function credentialSentences(size: number, seed: number): string {
  const words = ['key', 'token', 'secret', 'password', 'credentials'];
  const lines: string[] = [];
  let length = 0;
  for (let k = 0; length < size; k++) {
    const line = `is this ${words[k % words.length]} valid ${randomRun(MIXED_CASE + '0123456789', 24, seed + k)} or the ${words[(k + 2) % words.length]}?\n`;
    lines.push(line);
    length += line.length;
  }
  return lines.join('').slice(0, size);
}

/** `text` as the content of a JSON object on one line, `levels` times over: a file in a tool call in a request. */
function inJsonLines(text: string, levels: number): string {
  let line = text;
  for (let level = 0; level < levels; level++) line = JSON.stringify({ content: line });
  return line;
}

/**
 * Every adversarial input at `size` characters (the last unit may be cut short). Names are stable: tests
 * and the benchmark report them.
 */
export function adversarialInputs(size: number): AdversarialInput[] {
  const inputs: AdversarialInput[] = [
    { name: 'password= repeated', text: repeat('password=', size) },
    { name: 'password keys with every operator', text: repeat(['password: ', 'pass= ', 'pwd := ', 'passwd => ', '"password":', '--password '], size) },
    // An Oracle tool's logon is read within its argument, lftp's line up to a separator outside quotes: the tools
    // named over and over, no slash after them, quotes that never close.
    {
      name: 'Oracle tools without a logon, lftp without a user',
      text: repeat(['sqlplus ', '-s ', 'x'.repeat(30), ' rman target ', 'expdp userid=app ', 'lftp ', 'lftp -u x ', "lftp -e '"], size),
    },
    // Each variable's block is searched for its default: blocks that never close, defaults that are no key.
    {
      name: 'Terraform variables without a default',
      text: repeat(['variable "db_password" {\n', '  description = "default of the default"\n', '  type = string default\n'], size),
    },
    // An unquoted value after IDENTIFIED BY sends the rule back over its line for a user or role: none here.
    { name: 'IDENTIFIED BY with strong values and no user', text: repeat(['x IDENTIFIED BY Wm5tY8qB2nXk ', 'identified by '], size) },
    // A doubled quote opens a literal that holds quotes (`""…""`): its closing pair is looked for on the line.
    { name: 'doubled quotes that never close in pairs', text: repeat(['api_key=""', 'Zq7xT9vLp2zRk8Wn" ', `buildConfigField "String", "TOKEN", ""${'x'.repeat(40)} `], size) },
    { name: 'password assignments with short values', text: repeat(['password=Xy7!abc ', 'pass: Q9#wert; ', "pwd='Zx8$", '<password>Mn3%', '\\"password\\": \\"Ab1!'], size) },
    {
      // Each plain value is read for the line it stands on and the one before (see given-plainly.ts).
      name: 'plain passwords on configuration lines, in code and in URLs',
      text: repeat(
        ['DB_PASSWORD=lanternfish ', '  password: tangerine\n', 'x = {\n  password: marmalade\n}\n', 'postgres://a:gooseberry@h/d ', "define('DB_PASSWORD', 'quokka') "],
        size,
      ),
    },
    // Every pair a plain password, on one line: whether MySQL is on the line is read once, not per pair.
    { name: 'user and plain password options on one line', text: repeat(' -u x -p lanternfish', size) },
    { name: 'password assignment, value never ends', text: repeat('password=', 64) + randomRun(MIXED_CASE + '!#', size, 7) },
    { name: 'minified JavaScript on one line', text: repeat(MINIFIED_JS, size) },
    { name: 'secret keywords repeated', text: repeat(['api_key ', 'secret=', 'token: ', 'auth ', 'bearer ', 'basic ', 'aws ', 'key='], size) },
    { name: 'long base64 run', text: randomRun(BASE64, size, 1) },
    { name: 'long hex run', text: randomRun(HEX, size, 2) },
    { name: 'long mixed-case letter run', text: randomRun(MIXED_CASE, size, 3) },
    { name: 'unclosed PEM blocks', text: repeat('-----BEGIN RSA PRIVATE KEY-----\n' + base64Lines(256, 4) + '\n', size) },
    { name: 'one unclosed PEM block', text: ('-----BEGIN PRIVATE KEY-----\n' + base64Lines(size, 5)).slice(0, size) },
    {
      name: 'PEM lines joined as string literals that never hold a body',
      text: repeat(['-----BEGIN RSA PRIVATE KEY-----" +\n"', '" "', "' . '", '",\n  "', 'Proc-Type: 4,ENCRYPTED" +\n"', 'MIIEowIBAAKCAQEA" +\n"', '"\t\t\t\t\t\t\t\t\t\t'], size),
    },
    // Headers whose values hold more headers: one line split into headers in exponentially many ways.
    { name: 'PEM header lines without a body, on one line', text: repeat(['-----BEGIN RSA PRIVATE KEY----- Proc-Type: x ', 'DEK-Info: y ', 'Version: 1 '], size) },
    // Every line reads as a header of the block before it, to the end of the text.
    {
      name: 'PEM header lines without a body, as joined literals',
      text: repeat(['-----BEGIN RSA PRIVATE KEY-----" +\n"Proc-Type: 4" "" ', '-----BEGIN RSA PRIVATE KEY-----\nComment: "a" +\n"DEK-Info: y\n'], size),
    },
    { name: 'PEM headers repeated', text: repeat(['-----BEGIN OPENSSH PRIVATE KEY-----', '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----', 'PuTTY-User-Key-File-2: '], size) },
    { name: 'nested URLs', text: repeat('https://user:pass@', size) },
    { name: 'scheme separators repeated', text: repeat('://', size) },
    { name: 'a@ runs', text: repeat('a@', size) },
    { name: 'logins before @ without a host', text: repeat(['root:Hq4$zR8mLp2W@', 'x:y@', 'a:b:c:d@1.2.3', ':@'], size) },
    { name: 'email-like runs', text: repeat('a.b-c@d.', size) },
    { name: 'digits and separators', text: repeat(['1 ', '2-', '3.', '4/', '5(', '6)', '7+'], size) },
    { name: 'colon and dot runs', text: repeat(['a:', '1.', 'f:', '0:', 'ff.'], size) },
    { name: 'connection strings on one line', text: repeat([';Password={', ';Pwd=Ab1!x', ';password=', '"pwd= {'], size) },
    { name: 'IPv4 and SSN shapes on one line', text: repeat(['1.2.3.4 ', '123-45-6789 ', '10.0.0.1 ', '078 05 1120 ', '+1 415 555 2671 '], size) },
    { name: 'connection string fragments', text: repeat(['jdbc:', 'Password=', 'pwd=', ';', 'sig=', 'Server='], size) },
    { name: 'vendor anchors repeated', text: repeat(['q~', 'azdo', 'azfu', '+ASt', 'AzCa', '.atlasv1.', '-us', 'NRAL', ':APA91b', 'webhook.office.com/webhookb2/'], size) },
    { name: 'keyword lines with a value on the next', text: repeat('- name: API_TOKEN\n  value: "abcdefgh' + ' '.repeat(200) + 'x', size) },
    { name: 'spaces after a short value', text: 'token:\n  abcdefghijk' + ' '.repeat(Math.max(0, size - 30)) + 'x' },
    { name: 'a prefix repeated inside one token', text: repeat('ya29.a_', size) },
    { name: 'prefixes glued inside one token', text: repeat('ghp_ab', size) },
    { name: 'JSON escapes everywhere', text: repeat(['\\n', '\\"', 'key\\\\', '\\u00e9', 'ghp_', '\\t', 'x: '], size) },
    { name: 'JSON string values that open and never break a line', text: repeat(['{"c":"', 'a\\"', '", "d": "', '\\\\', ':"x'], size) },
    { name: 'JSON string values each holding a line break', text: repeat(['"c":"id,name\\n', '1,Ann\\n"', ',"d": "', 'x\\r\\n'], size) },
    { name: "a file in a tool call's JSON, three levels deep", text: inJsonLines(repeat(['id,name,plan\n', '1,Ann Lee,basic\n', 'password: "', '"x": "a\\b"\n'], size / 4), 3) },
    { name: 'lone values with line breaks in a JSON line', text: inJsonLines(repeat(['{"password":"', 'Xq7vLp2zRk\n', '","secret":"', 'a\n'], size / 2), 1) },
    { name: 'escaped escapes, level upon level', text: repeat('\\\\\\\\\\\\\\\\n', size) },
    { name: 'one long line with an escape at its end', text: 'a'.repeat(Math.max(0, size - 2)) + '\\n' },
    { name: 'invisible and fullwidth characters', text: repeat(['a\u200b', 'ｇｈｐ＿', '\u00ad-', '\u{1d420}', '\u202e ', '中文'], size) },
    { name: 'connection strings with real passwords', text: connectionStringLines(size, 8) },
    { name: 'credential words between random tokens', text: credentialSentences(size, 9) },
    {
      name: 'setter calls that never close',
      text: repeat(
        [
          'setPassword("',
          "x.apiKey('",
          'withToken("a',
          'getSecret("b',
          'auth=("a", "',
          'BasicAuth("',
          'password := []byte("',
          'std::string secret("',
          'char token[',
          'api_key = String::from(',
          'password: a.b || ',
          'token = x ?? "',
          "secret = y or '",
        ],
        size,
      ),
    },
    { name: 'secret names before quotes that close far away', text: repeat(['api_key = "', randomRun(MIXED_CASE, 3000, 10), ' ', "token: '", 'x'.repeat(500)], size) },
    {
      name: 'command options that never give a password',
      text: repeat(
        [
          ' -u x',
          ' --username y -q',
          'htpasswd -b -c ',
          'net use /user:x ',
          'redis-cli -h ',
          'password == ',
          '"x | sudo -S ',
          'echo -n | sudo -S ',
          ' -u "a":"',
          ' -u ":',
          '"a" == password',
          '".equals(password',
          ' -passin pass:',
          'mysqldump -p',
          'openssl -k ',
          'creds: admin / ',
          'creds:' + 'x'.repeat(200),
          'credentials are x',
          'x" !== pass ',
          '"a" === secret',
          '".equals(apiKey',
          'rabbitmqctl add_user ',
          'openssl passwd -salt -salt ',
          'bw login -x -y ',
          "| chpasswd 'a:",
          'echo x | sudo chpasswd ',
          ' /p: /p:',
          'xfreerdp /u:x',
          'mosquitto_passwd a b c ',
          'CURLOPT_USERPWD, "',
          'userpwd userpwd,',
          'new mysqli(a, ',
          '.add_password(None, (',
          'x:Ab1!@tcp(',
        ],
        size,
      ),
    },
    {
      name: 'signatures and secret elements without their bodies',
      text: repeat(['{AQAAABAAAA', randomRun(MIXED_CASE, 40, 11), '==:', '<secret>{x ', 'secretkey ', 'api_token =\n  "'], size),
    },
    {
      name: 'secret names before strings that break at their line end',
      text: repeat(['password:"\n', 'x'.repeat(300), '\n', '{"api_key":"', 'Rk8 "\\n', 'token: "  \n', '"\n'], size),
    },
    {
      name: 'key calls whose arguments never close',
      text: repeat(['jwt.sign(', '{(["', 'a, ', 'hmac.New(sha256.New, []byte("', 'hash_hmac(x, (y, ', "'z", 'Fernet(b', 'createCipheriv(a, Buffer.from('], size),
    },
    { name: 'tables whose every column names a secret', text: repeat(['token,api_key,secret,password,pwd\n', 'a,b,c,d,e\n', 'x,y\n'], size) },
    { name: 'secret names before objects without a value field', text: repeat(['{"password": {', '"a": "', 'x'.repeat(40), '", ', '"token":{"value":', '"'], size) },
    { name: 'inserts into secret columns whose quotes never close', text: repeat(['INSERT INTO t (api_key, "token", pwd) VALUES (', "'", 'x, ', '"', "'),("], size) },
    { name: 'dumps whose rows never end', text: repeat(['COPY t (api_key, token) FROM stdin;\n', 'a\tb\n', 'COPY t (', 'key) FROM stdin;\n'], size) },
    { name: 'one long COPY line of secret names', text: 'COPY t (' + repeat(['api_key, ', 'token, '], Math.max(0, size - 8)) },
    { name: 'table headers under and over rules', text: repeat([' id | token\n', '----+----\n', '+--+\n', '| key | a |\n', '-'.repeat(300), '\n'], size) },
    { name: 'password hash prefixes repeated', text: repeat(['$1$abc$', '$2b$12$', '$6$rounds=5000$', '$y$j9T$', '$krb5tgs$23$', '$argon2id$v=19$m=1,t=1,p=1$', 'aB3./'], size) },
    {
      name: 'blocks whose value is on the next line',
      text: repeat(['<apiToken>\n  ', 'Xk9mQ2vL7pR4tW8z ', '<password>\n', 'token: |\n  ', 'Qm7xK2pL9vT4nR8w\n  ', 'secret: >-\n', ' '.repeat(40), '\n'], size),
    },
    { name: 'INI sections and plain passwords under them', text: repeat(['[client]\n', 'password = pelican42\n', 'x = y\n', '[a for b]\n', 'password=', '; c\n', 'k=v '], size) },
    { name: 'plain passwords glued beside settings', text: repeat(['a=b password=pelican42 ', 'x=', 'password=', ' ', 'k=v,', 'dbpass=marmalade7 '], size) },
    { name: 'password file lines with fields that never end', text: repeat(['\n*:*:', 'db:5432:', 'x'.repeat(300), ':*:', '\\:', 'a:6432:b:c:'], size) },
    { name: 'login words before pairs that never give a password', text: repeat(['login ', 'logon: ', 'a / ', 'x'.repeat(70), ' / ', 'login: b / /c ', 'login is '], size) },
    { name: 'password words each before a word', text: repeat(['password Ab1$ ', 'login x, password ', 'pass ', 'password\tx ', 'Passwort '], size) },
    // Each word's region is searched, the word names no credential, and the next word's region holds the same.
    { name: 'words that name no credential, a token far between', text: repeat([...Array<string>(30).fill('the public key '), 'Zq7xT9vLp2zRk8WnQ4mB6yHc '], size) },
    {
      name: 'password words of other languages without a value',
      text: repeat(['contraseña del wifi es ', 'пароль от ', '密码是', 'mot de passe : ', 'パスワードは', 'senha do banco ', 'ñ', 'ПАРОЛЬ', 'hasło to '], size),
    },
    {
      name: 'secret words of other languages without a value',
      text: repeat(['令牌：', 'アクセスキーは ', 'токен от ', 'la clave secreta es ', 'Passwort lautet ', '토큰 ', 'x'.repeat(15), ' '], size),
    },
    {
      name: 'placeholders named with keywords, and names that never close',
      text: repeat(['[PASSWORD_SECRET_TOKEN_API_KEY_1] ', `[${'PASSWORD_'.repeat(9)}`, 'Zq7xT9vLp2zRk8Wn ', 'SECRET_TOKEN_PASSWORD_KEY '], size),
    },
    // Values a validator decodes and finds malformed: a decoder that says so by throwing, or a checksum that
    // hashes before it looks at the shape, pays far more per value than reading it.
    {
      name: 'secret values percent-encoded into bytes that are not UTF-8',
      text: repeat(['api_key=%FF', randomRun(MIXED_CASE, 20, 12), '\n', 'sig=%C3', randomRun(MIXED_CASE, 44, 13), ' '], size),
    },
    {
      name: 'JWT-shaped runs and JSON-packed tokens that decode to no JSON object',
      text: repeat(['eyJ', randomRun(MIXED_CASE, 34, 14), '.AUTH.', randomRun(MIXED_CASE, 16, 15), ' eyJhIjoi', randomRun(MIXED_CASE, 64, 19), ' '], size),
    },
    {
      name: 'base58 runs shaped like addresses and private keys',
      text: repeat(['1111', randomRun(BASE58, 29, 16), ' ', '3', randomRun(BASE58, 33, 17), ' ', '5K', randomRun(BASE58, 49, 18), ' '], size),
    },
    { name: 'key calls repeated, never closed', text: repeat(['jwt.sign(', '.hmac256('], size) },
    // Each command's password option is looked for up to the line's end or a reach: the commands close together.
    { name: 'commands repeated on one line, no password option', text: repeat(['unrar x ', '+1 ', 'zip -r ', 'sshpass ', '7z a '], size) },
    // Scanned folded in its place, and a fourth of its lines as written too: where folding joins tokens.
    {
      name: 'lines of fullwidth punctuation, one in four with tokens an invisible character joins',
      text: repeat(
        ['令牌：ｇｈｐ＿（秘密）！\n', 'パスワード：「hunter2」？\n', '議題（予算）について話します！\n', 'token\u200bghp_', randomRun(MIXED_CASE, 20, 20), '\u00adnext\n'],
        size,
      ),
    },
  ];
  return inputs;
}

/**
 * Personal data dense with the words that label it: a label before every number, and a table whose header and
 * rows all hold label words, with an SQL insert's `VALUES` among them. Every number rule reads the label
 * around every number here, so these check that the label lookups (the line, the line above, the column
 * header, the insert's column) stay linear, and the benchmark that their cost per KB stays near prose's.
 */
export function labelledNumberInputs(size: number): AdversarialInput[] {
  return [
    { name: 'single digits before spaced groups, a NIR label among them', text: repeat(['1 84 ', '2 ', 'NIR ', '12 76 451 ', '7 '], size) },
    { name: 'numbers each printed its own way, side by side', text: repeat(['971-90-5207 ', '80 107 338 338 ', '1'.repeat(40), ' 12 ', '7093 1739 6638 '], size) },
    { name: 'label words before every number', text: repeat(['passport 1234567 ', 'dl A1234567 ', 'tax 123456782 ', 'INSERT INTO t (ssn, tfn) VALUES (1, 2) '], size) },
    {
      name: 'numbers each labelled after them',
      text: repeat(['123456782 (TFN) ', '3123 4567 8909 is my aadhaar, ', '199109242397 är mitt pnr. ', '9601211234567 (', 'is my '], size),
    },
    { name: 'label words in every row of a table', text: repeat(['passport,driver licence,tax file,sin\n', 'X1234567,D1234-5678,123 456 782,046 454 286\n'], size) },
    // Chinese and Japanese labels glued to their text, before numbers shaped like identity numbers that fail.
    {
      name: 'unspaced labels before identity-shaped numbers',
      text: repeat(['我的手机号是', '身份证号', '11010519491231002', 'マイナンバー', '4567 0123 ', 'HKID A123456(', 'GAPR850314M', '12.345.678-', '.'], size),
    },
    // Identity numbers' dots and slashes that never complete a number, after their labels.
    {
      name: 'identity numbers parted by dots and slashes that never end',
      text: repeat(
        ['AHV ', '756.', '9217.', '0769.', 'rodné číslo ', '736028/', '5163/', '身分證 A12345678', 'CNP 163061512345 ', 'SV-Nr. 15 070649 C 10', ' 15070649C', 'CPR 070761-'],
        size,
      ),
    },
    // Days before month names (and words that are none) whose year never comes, and years in units without a day.
    {
      name: 'dates of birth with month names that never end',
      text: repeat(['born 14 de ', 'marzo de ', '7. März ', '1er août ', '21 октября ', '1990年5月', '12 ', 'x'.repeat(20), ' '], size),
    },
  ];
}
