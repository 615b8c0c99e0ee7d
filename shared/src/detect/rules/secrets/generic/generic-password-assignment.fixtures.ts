import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    // Only OpenSSL's own options say how the password is given: another tool's value is read as it stands.
    { text: 'deploy --pass pass:Wm8!kR3#zT6q', secret: 'pass:Wm8!kR3#zT6q' },
    // Declared as C and C++ do, or wrapped in the call that converts the literal.
    { text: 'char password[] = "Qm4$vL8#pR2x";', secret: 'Qm4$vL8#pR2x' },
    { text: 'std::string password("Wn7!kT3@zB9q");', secret: 'Wn7!kT3@zB9q' },
    { text: 'let password = String::from("Hj5%cX1&mV6s");', secret: 'Hj5%cX1&mV6s' },
    { text: 'password := []byte("Ty8*gN4^bK2w")', secret: 'Ty8*gN4^bK2w' },
    { text: 'Dim password As String = "Pk2&wE7*rT5y"', secret: 'Pk2&wE7*rT5y' },
    { text: "SET PASSWORD FOR 'app'@'%' = PASSWORD('Lz9^nM3!qW6e');", secret: 'Lz9^nM3!qW6e' },
    // An element named by its `name` attribute, the value its text.
    { text: '<property name="hibernate.connection.password">Fv6#kP9!wM2z</property>', secret: 'Fv6#kP9!wM2z' },
    // The literal a reference falls back to when it is unset.
    { text: 'password: process.env.DB_PASSWORD || "Gb4@yU8$iO1p",', secret: 'Gb4@yU8$iO1p' },
    // A JSON string that holds the value, a line break and a note after it: the value is its first line.
    { text: '{"password":"Xk9#mQ2$vLp8\\nrotated on Monday"}', secret: 'Xk9#mQ2$vLp8' },
    // Set off by a dash, as lists and chat messages write it: a strong value only.
    { text: 'prod DB password - Kq7$zR2mLp9W, rotate it monthly', secret: 'Kq7$zR2mLp9W' },
    { text: '- wifi password — Vn3#pL8xQz5T', secret: 'Vn3#pL8xQz5T' },
    { text: 'password = "S3cure!Pass#2024x"', secret: 'S3cure!Pass#2024x' },
    { text: 'DB_PASSWORD=LqIdukb1EY1n9x!#', secret: 'LqIdukb1EY1n9x!#' },
    { text: '{"db_password": "B5JUqKgyLA@9%", "db_user": "app"}', secret: 'B5JUqKgyLA@9%' },
    { text: 'spring:\n  datasource:\n    password: Zp4!tR8#wQ2m\n', secret: 'Zp4!tR8#wQ2m' },
    { text: "const cfg = { host: 'db', dbPass: 'Hq5$vN8x&Z2k' };", secret: 'Hq5$vN8x&Z2k' },
    { text: 'mysqldump --password="Rm4!zX7q#Tn2" shop > dump.sql', secret: 'Rm4!zX7q#Tn2' },
    { text: 'pwd := "Tn6r^V2x(Q8pL"', secret: 'Tn6r^V2x(Q8pL' },
    { text: '<add key="SmtpPassword" value="x" /><password>Wm5%tY8q!B2n</password>', secret: 'Wm5%tY8q!B2n' },
    { text: "'smtp_pass' => 'Kp9w@Z3x*V7m',", secret: 'Kp9w@Z3x*V7m' },
    { text: 'env:\n  - name: POSTGRES_PASSWORD\n    value: x\nPOSTGRES_PASSWORD: "Gv7&nQ2z!Lx4"', secret: 'Gv7&nQ2z!Lx4' },
    { text: 'config = "{\\"password\\": \\"Yq8#Lm3v!Rk6\\"}"', secret: 'Yq8#Lm3v!Rk6' },
    { text: 'DB_PASSWORD=Summer2024!', secret: 'Summer2024!' },
    { text: "CREATE ROLE app WITH LOGIN PASSWORD 'Hq5$vN8x&Z2k';", secret: 'Hq5$vN8x&Z2k' },
    { text: "CREATE USER 'app'@'%' IDENTIFIED BY 'Tn6r^V2x(Q8pL';", secret: 'Tn6r^V2x(Q8pL' },
    { text: 'machine api.heroku.com\n  login dana@acme.io\n  password Kq7#vLx2pZr9W\n', secret: 'Kq7#vLx2pZr9W' },
    { text: 'machine ftp.acme.io login deploy password Wm5%tY8q!B2n', secret: 'Wm5%tY8q!B2n' },
    { text: 'The Postgres password is Tr0ub4dor&3-staging and the user is app_rw.', secret: 'Tr0ub4dor&3-staging' },
    { text: 'my password is: Xk9!mP2q#R7v please do not share it', secret: 'Xk9!mP2q#R7v' },
    { text: "define( 'DB_PASSWORD', 'x7#Lq9vR!tP2' );", secret: 'x7#Lq9vR!tP2' },
    { text: 'export PGPASSWORD=\'m4ple-Syrup*Harbor\'', secret: 'm4ple-Syrup*Harbor' },
    { text: 'the ssh password for the jump host is `Wint3r!sComing#42`, keep it out of the wiki', secret: 'Wint3r!sComing#42' },
    { text: 'user.setPassword("Xk9!mP2q#R7vW4");', secret: 'Xk9!mP2q#R7vW4' },
    { text: 'DataSource.builder().username("app").password("Tn6rV2xQ8pLm!z").build()', secret: 'Tn6rV2xQ8pLm!z' },
    { text: '<dbPassword>\n  Hunter2xQ9!\n</dbPassword>', secret: 'Hunter2xQ9!' },
    { text: 'db_password: >-\n  Wm5%tY8q!B2n\n', secret: 'Wm5%tY8q!B2n' },
    { text: 'https://app.example.com/login?user=bob&password=Vq8xT2mK9pLz&remember=1', secret: 'Vq8xT2mK9pLz' },
    { text: 'const replicaPassword =\n  "Tq8#vLw2pZr9xK!m";', secret: 'Tq8#vLw2pZr9xK!m' },
    { text: 'login admin, password Hq4$zR8mLp2W - do not forward', secret: 'Hq4$zR8mLp2W' },
    { text: 'the new password Tz7&kW2qLm9X works for the staging box.', secret: 'Tz7&kW2qLm9X' },
    // The enclosing string's or remark's closing quote or bracket is not part of the value.
    { text: 'terraform apply -var "db_password=Rw3%nK8zQx5V" -auto-approve', secret: 'Rw3%nK8zQx5V' },
    { text: '"env": ["DB_PASSWORD=Mq6!vT2xLp9Z", "DB_USER=app"]', secret: 'Mq6!vT2xLp9Z' },
    { text: 'ssh root@10.0.0.5 (password: Hq4$zR8mLp2W) and then run the backup', secret: 'Hq4$zR8mLp2W' },
    { text: 'staging box - user: admin pw: Nf6@kT3wQz8R', secret: 'Nf6@kT3wQz8R' },
    // Plain passwords people choose, given plainly: quoted, in a sentence's quotes, or an environment line.
    { text: 'REACT_APP_AUTH_PASSWORD=lanternfish', secret: 'lanternfish' },
    { text: '  export PGPASSWORD=quokkabridge  # staging', secret: 'quokkabridge' },
    { text: 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: marmalade\n', secret: 'marmalade' },
    { text: "const db = { user: 'app', password: 'tangerine' };", secret: 'tangerine' },
    { text: 'the wifi password is "gooseberry7", ask Sam for the guest one', secret: 'gooseberry7' },
    { text: '<password>pelican</password>', secret: 'pelican' },
    { text: 'DB_PASSWORD=lanternfish make deploy', secret: 'lanternfish' },
    // Terraform: the variable's block gives its value as `default`, lines below its name.
    { text: 'variable "db_password" {\n  description = "Password of the default admin"\n  type        = string\n  sensitive   = true\n  default     = "Tn6r^V2x(Q8pL"\n}', secret: 'Tn6r^V2x(Q8pL' },
    // A URL's query parameter says so too, whatever the value looks like.
    { text: "jdbcUrl: 'jdbc:postgresql://db.fabrikam.example:5432/app?user=app_rw&password=kfd-qWrTZmXpLbnA'", secret: 'kfd-qWrTZmXpLbnA' },
    // The last word of a quoted command: the string's closing quote (and what closes after it) is not the value's.
    { text: 'subprocess.run("backup-tool --password Wm5tY8qB2nXk", shell=True)', secret: 'Wm5tY8qB2nXk' },
    { text: '{"tool": "bash", "input": {"command": "deploy --password=Tn6r^V2xQ8pLz"}}', secret: 'Tn6r^V2xQ8pLz' },
    // Oracle: the password after IDENTIFIED BY may stand without quotes.
    { text: 'CREATE USER app_rw IDENTIFIED BY Wm5tY8qB2nXk DEFAULT TABLESPACE users;', secret: 'Wm5tY8qB2nXk' },
    // Directives and options named for a password: Redis's, keytool's, a Wi-Fi network's pre-shared key.
    { text: 'bind 127.0.0.1\nport 6379\nrequirepass Wm5tY8qB2nXk\nmasterauth Tn6r^V2xQ8pLz\n', secret: 'Wm5tY8qB2nXk' },
    { text: '# replication\nmasterauth Tn6r^V2xQ8pLz\n', secret: 'Tn6r^V2xQ8pLz' },
    { text: 'keytool -importkeystore -srckeystore a.p12 -srcstorepass Tn6r^V2xQ8pLz -destkeystore a.jks', secret: 'Tn6r^V2xQ8pLz' },
    { text: 'network={\n    ssid="HomeNet"\n    psk="Wm5tY8qB2nXk"\n}', secret: 'Wm5tY8qB2nXk' },
    // A Google app password, four groups of four letters.
    { text: "EMAIL_HOST_USER = 'ops@fabrikam.example'\nEMAIL_HOST_PASSWORD = 'kfjd wpqm zrtb xhvn'", secret: 'kfjd wpqm zrtb xhvn' },
    { text: 'if user == "ops" and password == "kestrel9":\n    grant()', secret: 'kestrel9' },
    // YAML and properties files: the value bare on the name's line.
    { text: 'datasource:\n  url: jdbc:postgresql://db:5432/shop\n  username: shop\n  password: lanternfish\n', secret: 'lanternfish' },
    { text: 'users:\n  - name: ci\n  - password: pelican42 # rotated monthly\n', secret: 'pelican42' },
    { text: 'spring.datasource.username=shop\nspring.datasource.password=marmalade\n', secret: 'marmalade' },
    // A constant's name and then its value, and an environment variable given to a command.
    { text: "define( 'DB_PASSWORD', 'gooseberry' );", secret: 'gooseberry' },
    { text: 'db_password = os.getenv("DB_PASSWORD", "gooseberry")', secret: 'gooseberry' },
    { text: 'docker run -d -e POSTGRES_PASSWORD=hollyhock -p 5432:5432 postgres:16', secret: 'hollyhock' },
    { text: 'FROM mysql:8\nENV MYSQL_ROOT_PASSWORD=hollyhock\n', secret: 'hollyhock' },
    // Words that assign the value after a space: each ends in its own two letters (see `mayEndSpaceAssigner`).
    { text: 'setx DB_PASSWORD Kq7$vR2!mZp9', secret: 'Kq7$vR2!mZp9' },
    { text: 'set -x SMTP_PASSWORD Wd4%nT8!qLz2', secret: 'Wd4%nT8!qLz2' },
    { text: 'ARG\tREGISTRY_PASSWORD Hy6&cV3#pMs8', secret: 'Hy6&cV3#pMs8' },
    { text: 'aws configure set db_password Jt5*rX9@wNe4', secret: 'Jt5*rX9@wNe4' },
    { text: 'DB_PASSWORD = "k{{z}r)q${w]mpl(xv[tb>-_$#fj}}"', secret: 'k{{z}r)q${w]mpl(xv[tb>-_$#fj}}' },
    { text: 'if ("Vb7!qLm2xR9w" == password) {', secret: 'Vb7!qLm2xR9w' },
    { text: '  if (!"Hq4$zR8mLp2W".equals(request.password)) throw new AuthException();', secret: 'Hq4$zR8mLp2W' },
    { text: 'return "k8#Tq2!wZr5m" !== this.adminPassword;', secret: 'k8#Tq2!wZr5m' },
    // An object whose `value` field holds it: an ARM template's parameters, Terraform's `output -json`.
    { text: '{"parameters": {"adminPassword": {"value": "Wq7!vR2mXz9L"}, "adminLogin": {"value": "sqladmin"}}}', secret: 'Wq7!vR2mXz9L' },
    // A sentence that gives a plain password as its last word, with a digit or a symbol in it.
    { text: 'the guest wifi password is pelican42', secret: 'pelican42' },
    { text: 'fyi the staging root password was marmalade7. can you rotate it?', secret: 'marmalade7' },
    { text: 'the password for the shared mailbox is gooseberry2024, same as last year', secret: 'gooseberry2024' },
    // A plain one bare in an INI file's section: MySQL's `my.cnf`, supervisord's, an ODBC data source's.
    { text: '[client]\nhost = db.internal\nport = 3306\npassword = pelican42\n', secret: 'pelican42' },
    { text: '; supervisord\n[inet_http_server]\nport=127.0.0.1:9001\nusername=admin\n\npassword=marmalade7\n', secret: 'marmalade7' },
    { text: '[ODBC Data Sources]\nreports = PostgreSQL\n\n[reports]\nDriver = PostgreSQL Unicode\nPassword = gooseberry9\n', secret: 'gooseberry9' },
    // Glued to its name beside other settings glued to theirs: logfmt, libpq's connection string, a command's settings.
    { text: 'level=info user=admin password=pelican42 msg="login ok"', secret: 'pelican42' },
    { text: 'psql "host=db.internal user=app password=marmalade7 dbname=shop"', secret: 'marmalade7' },
    { text: 'make deploy env=prod password=gooseberry9', secret: 'gooseberry9' },
    // Whose password, glued to the word (`dbpass`, OpenLDAP's `rootpw`, a JDBC URL's `userpass`).
    { text: 'dbpass: Vq8tLw2pZr9xK', secret: 'Vq8tLw2pZr9xK' },
    { text: 'rootpw   Kq7#vLx2pZr9W', secret: 'Kq7#vLx2pZr9W' },
    { text: 'jdbc:mysql://db/shop?user=admin&userpass=Wm5tY8qB2nXz', secret: 'Wm5tY8qB2nXz' },
    // Python's f-string and two-letter prefixes, C#'s interpolated string: the literal without its prefix.
    { text: 'password = f"Vq8tLw2pZr9xK"', secret: 'Vq8tLw2pZr9xK' },
    { text: "password = rb'Hq4$zR8mLp2W'", secret: 'Hq4$zR8mLp2W' },
    { text: 'if password == f"Tn6r^V2x(Q8pL":', secret: 'Tn6r^V2x(Q8pL' },
    { text: 'var password = $"Pk2&wE7*rT5y";', secret: 'Pk2&wE7*rT5y' },
    // Words and the name before a colon or `=`, a plain value the line's last word.
    { text: 'hey, the guest wifi password: marmalade7', secret: 'marmalade7' },
    { text: 'fyi the staging db password = gooseberry9', secret: 'gooseberry9' },
    { text: 'ssh dana@10.0.4.12 with password marmalade7', secret: 'marmalade7' },
    // Glued to its name, alone on its line: a shell variable, an `.env` line.
    { text: 'on the box:\npassword=pelican42\n', secret: 'pelican42' },
    // A Ruby symbol given first, its value next (Capistrano's and Sinatra's `set`).
    { text: "set :db_password, 'Hq4$zR8mLp2W'", secret: 'Hq4$zR8mLp2W' },
    // A passphrase of words and digits, given plainly (the words alone make it no identifier of code here).
    { text: 'my wifi password is sunflower-42-canoe', secret: 'sunflower-42-canoe' },
    { text: 'the vpn password is Harbor7Lantern', secret: 'Harbor7Lantern' },
    { text: 'WIFI_PASSWORD=sunflower42canoe', secret: 'sunflower42canoe' },
  ],
  negative: [
    // A sentence that says what a password is, not what it is set to.
    'the password is incorrect.',
    '{"password": {"minLength": 12, "value": "${ADMIN_PASSWORD}"}}',
    'the admin password is base64url.',
    'the vault password is sha256crypt, see the docs',
    'the wifi password is 90days old by now, rotate it',
    // A character constant after C's array declarator, and a call that reads a name rather than converting a value.
    "db_pass[] = 'Qm4$vL8#pR2x';",
    '<property name="hibernate.connection.password">${db.password}</property>',
    // Where an option reads the password from.
    'openssl enc -aes-256-cbc -pass env:BACKUP_PASSWORD_Qm4 -in backup.tar',
    // A fallback that is only part of an expression.
    'password: prefix || "Gb4@yU8$iO1p" + suffix,',
    'password = String(getenv("DB_PASSWORD_Qm4"))',
    // Arithmetic, and a plain word set off by a dash.
    'const delta = password - previousPassword;',
    'db password - hunter22',
    'the password - the one we use for staging - is in the vault',
    'password: ${DB_PASSWORD}',
    'DB_PASSWORD=$DB_PASSWORD',
    'password = os.environ["DB_PASSWORD"]',
    'const password = process.env.DB_PASSWORD;',
    'password = get_password()',
    'password: "changeme"',
    'PASSWORD=password123',
    'password = "%(db_password)s"',
    'password: "{{ .Values.db.password }}"',
    'password: "***"',
    'password = ""',
    'secret_name = "prod-db-credentials"',
    'bypass = "Xk9!mP2q#R7v"',
    'password_hash = "$2b$12$Kp9wZ3xV7mQ2Rt8Lx4Nn5OeJ6c1dH0fG3aB2cD4eF5gH6iJ7kL8m"',
    '"password": "Mot de passe",',
    'if (password == "") return;',
    'password: string;',
    'self.password = password',
    'password => $request->input("password"),',
    'Enter your password: ',
    'pass the token along: see docs',
    'password_min_length = 12',
    'password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256',
    'Set a strong one, e.g. password: "Xk9!mP2q#R7v"',
    'Password reset\n=============\nPassword managers fill it in for you.',
    "ALTER USER app IDENTIFIED BY '';\nCREATE ROLE app WITH LOGIN PASSWORD 'changeme';",
    'const stored = vault.getPassword("svc-billing-prod");',
    'assert.ok(await checkPassword("Xk9!mP2q#R7vW4"));',
    '    passphrase: configuration.passphrase,\n    function createCipher(algorithm: string, password: BinaryLike, options?: CipherOptions): Cipher;',
    // A label string (`"Password:"`) whose closing quote is no value's opening one.
    'i18n={loginTitle:"Sign in",pwdField:"Password:",keepSignedIn:"Stay signed in"}',
    // What a model writes back after redaction: placeholders, not values.
    "[BITBUCKET_APP_PASSWORD_1]'=[OPENROUTER_API_KEY_1]'",
    'db_password: x[DB_PASSWORD_1]y',
    // A password word and a word after it, in a schema, a signature or a sentence: no value of three classes.
    'password VARCHAR(255) NOT NULL,',
    'password Qwerty123 is too weak',
    'func login(user string, password string) error {',
    'new password Link-Expired2 page',
    'roll back the password 4c1e9a7f2b migration first',
    'const upward = direction === "up" ? offsetTop : 0;',
    'hashed_pw = bcrypt.hashpw(pw.encode(), bcrypt.gensalt())',
    // Plain words that are no password given: comparisons, calls, labels, kinds, names, a variable in code.
    "if (typeof options.password === 'function') return options.password();",
    "t.pass('completed')",
    "if (typeof password === 'symbol') throw new TypeError('password');",
    // Bare in code: a variable, however the line looks.
    'const options = {\n  user,\n  password: lanternfish\n};',
    'connect({\n  password: lanternfish\n})',
    '  password: lanternfish,',
    'this.password=lanternfish;',
    'self.password=lanternfish',
    "const hash = argon2id('password', 'saltsalt', { t: 2 });",
    'connect(DB_PASSWORD=lanternfish)',
    'const env = {\n  DB_PASSWORD: lanternfish\n};',
    'module.exports = {\n  NAME: name,\n  DB_PASSWORD: lanternfish,\n};',
    'class Settings(BaseSettings):\n    password: SecretStr\n    token: str\n',
    '"password": "Passwort",',
    // A translation file: the word for "password", in lower case.
    '{\n  "username": "gebruikersnaam",\n  "password": "wachtwoord",\n  "remember": "onthoud mij"\n}',
    'password: "required"',
    // Terraform: the default of the next variable's block is not this one's; a default in a description is none.
    'variable "db_password" {\n  type = string\n}\n\nvariable "region" {\n  default = "Tn6r^V2x(Q8pL"\n}',
    'variable "db_password" {\n  description = "default = Tn6r^V2x(Q8pL is not used"\n}',
    // ASN.1 and prose say "identified by" too.
    ' * { {PBES2-params IDENTIFIED BY id-PBES2}, ...}',
    "'''Steal a handle from process identified by source_pid.'''",
    // Minified code: the quote closes an empty string of the code's own.
    'privateKey:e.oraclePrivateKey||"",keyPassphrase:e.oracleKeyPassphrase,region:e.oracleRegion||""});return',
    // A bind variable, a substitution variable, a stored hash.
    'ALTER USER hr IDENTIFIED BY :new_password;',
    'CREATE USER app IDENTIFIED BY &pwd DEFAULT TABLESPACE users;',
    "CREATE USER app IDENTIFIED BY VALUES 'S:8F2D…';",
    // Redis's sample configuration, commented out, and keytool's documented default.
    '# requirepass foobared',
    'keytool -list -keystore cacerts -storepass changeit',
    // Empty strings side by side in minified code: no literal that holds quotes.
    'return (c.username="",c.password="",c.hash="",c)',
    'environment:\n  - MINIO_ROOT_USER=minioadmin\n  - MINIO_ROOT_PASSWORD=minioadmin\n  - GF_SECURITY_ADMIN_PASSWORD=grafana',
    '{"user": "dana", "password": "expired", "mfa": "verified"}',
    'auth_method: md5\npassword_encryption: "scram"\npassword: "prompt"',
    'PASSWORD_FIELD=PASSWORD_FIELD',
    'password = lanternfish',
    'password: "currentValue"',
    'password: "smtp_password"',
    'DB_PASSWORD=8080',
    'opts.password = "aaaaaaaa"',
    '<input type="password" name="password" placeholder="Password">',
    'DB_PASSWORD = "${DB_PASSWORD:-changeit}"',
    'password: "${{ secrets.DEPLOY_PASSWORD }}"',
    'password = "{{ .Values.db.password }}"',
    'password = "{{vault_db_password}}"',
    'if ("" == password) {',
    'if ("string" === typeof password) {',
    'if ("password".equals(field.name)) {',
    'if ("changeme" == password) warn();',
    // A bare value in code, even under a line in brackets: a list, not an INI section.
    'import os\n[x for x in xs]\npassword = pelican42\n',
    'results = [a, b]\npassword = marmalade7\n',
    'password = pelican42\nhost = localhost\n',
    // An object's field, or a line of a call's arguments.
    'self.password=marmalade7',
    'connect(\n  password=pelican42\n)',
    // Keyword arguments part with commas; a setting beside it must be glued to its value.
    'conn = connect(user=admin, password=pelican42)',
    'run --user admin password=pelican42 now',
    // A template the code fills in, not a literal.
    'format_password = "prefix_{}".format(dynamic_value1)',
    'password = "Vq8tLw2pZr9x_{0}".format(suffix)',
    'password = f"{user}_{suffix}"',
    'password = f"Vq8tLw2pZr9xK{suffix}"',
    // Not the sentence's last word, a word of no digit, an encoding's name.
    'the reset password: step2 of the wizard',
    'admin password: required',
    'the stored password: sha256crypt',
    'sign in with password authentication',
    'log in with password reset2 disabled',
    // A variable declared in code, given another.
    'let password = userInput1',
    'const password = hashed2',
    'set :password, ENV["DEPLOY_PASSWORD"]',
    // A translation file's message for a passed check, in scripts written without spaces.
    '{"pass": "ARIA属性が定義されたロールに対して正しく使用されています", "fail": "ARIA属性が許可されていません"}',
    '"pass": "요소에aria-busy속성이있습니다"',
    // Code for a value: an expression with optional chaining.
    'const matchers = { toPass: testInfo._projectInternal.expect?.toPass };',
    // Identifiers of code made of words, bare after a password name.
    'user.password = currentPasswordHash;\nconst password = newPassword2;',
    '  password: loginForm.values.password,\n  passwordConfirm: repeatedValue,',
    'if (password == confirmedValue2) save();',
  ],
};
export default fixtures;
