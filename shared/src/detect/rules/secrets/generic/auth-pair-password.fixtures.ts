import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'resp = requests.get(url, auth=("admin", "Xk9!mP2q#R7v"), timeout=10)', secret: 'Xk9!mP2q#R7v' },
    { text: 'session.auth = ("svc-deploy", "Tn6rV2xQ8pLm")', secret: 'Tn6rV2xQ8pLm' },
    { text: "r = httpx.get(url, auth=httpx.BasicAuth('api', 'Hq5$vN8x&Z2k'))", secret: 'Hq5$vN8x&Z2k' },
    { text: 'return new PasswordAuthentication("mailer", "Wq3#zL9!pX2v".toCharArray());', secret: 'Wq3#zL9!pX2v' },
    { text: 'var credentials = new NetworkCredential("svc_sql", "Rk7!mQ2#xV9p");', secret: 'Rk7!mQ2#xV9p' },
    { text: 'var root = new DirectoryEntry("LDAP://dc02.fabrikam.local/DC=fabrikam,DC=local",\n    "svc-hr-sync@fabrikam.local",\n    "Qv7#pLm2Xz9w");', secret: 'Qv7#pLm2Xz9w' },
    { text: '$root = New-Object System.DirectoryServices.DirectoryEntry("LDAP://172.16.4.20", "fabrikam\\ldap-reader", "Wm5%tY8q!B2n")', secret: 'Wm5%tY8q!B2n' },
    // A client's login with a variable for the user; a Google app password as Google prints it.
    { text: "with smtplib.SMTP_SSL('smtp.gmail.com', 465) as server:\n    server.login(sender_email, 'vhqz krtm wpjd xnbf')", secret: 'vhqz krtm wpjd xnbf' },
    { text: "ftp = FTP('ftp.fabrikam.example')\nftp.login('deploy', 'Wm5%tY8q!B2n')", secret: 'Wm5%tY8q!B2n' },
    // JDBC: the URL first, as a literal or a constant.
    { text: 'Connection c = DriverManager.getConnection("jdbc:postgresql://db:5432/shop", "shop_rw", "Tn6r^V2x(Q8pL");', secret: 'Tn6r^V2x(Q8pL' },
    { text: 'conn = DriverManager.getConnection(DB_URL, USER, "Rk7!mQ2#xV9p");', secret: 'Rk7!mQ2#xV9p' },
    // A host, a DSN or a realm before the user: PHP's database clients, ftplib, urllib, Sequelize.
    { text: '$db = new mysqli("db.internal", "shop_rw", "Jc5&xN2*qL8v", "shop");', secret: 'Jc5&xN2*qL8v' },
    { text: '$link = mysqli_connect($host, "report", "Hn4%vQ8@kZ2w");', secret: 'Hn4%vQ8@kZ2w' },
    { text: "$pdo = new PDO('pgsql:host=db;dbname=shop', 'shop_rw', 'Wq7!vR2mXz9L');", secret: 'Wq7!vR2mXz9L' },
    { text: "ftp = ftplib.FTP('ftp.fabrikam.example', 'deploy', 'Vm3#qT8zLx5R')", secret: 'Vm3#qT8zLx5R' },
    { text: 'manager.add_password(None, "https://nexus.internal/", "ci", "Tn6r^V2xQ8pLz")', secret: 'Tn6r^V2xQ8pLz' },
    { text: "const sequelize = new Sequelize('shop', 'shop_rw', 'Kq7$vR2!mZp9', { host: 'db', dialect: 'postgres' });", secret: 'Kq7$vR2!mZp9' },
    // A DN and its password, a user first in Oracle's drivers, a storage account and its key.
    { text: 'conn.simple_bind_s("cn=admin,dc=fabrikam,dc=local", "Nb5@Yt8qLc3V")', secret: 'Nb5@Yt8qLc3V' },
    { text: 'con = cx_Oracle.connect("app_rw", "Rb7!mW3#tY9p", "db.internal:1521/ORCLPDB1")', secret: 'Rb7!mW3#tY9p' },
    { text: "auth = HTTPDigestAuth('camera', 'Fw2%Rk9tXq4Z')", secret: 'Fw2%Rk9tXq4Z' },
    {
      text: 'const credential = new StorageSharedKeyCredential("fabrikamlogs", "Xq4Tz9Lk2Wm7Pn1Rv6Bc3Hd8Js5Yf0GaUe2Ni7Ko4sQm7tV2xK9pLw4Rz8Nc3Bj6Yd1Ah5Ws0Ee3Rt6Yu9Io2Pa4Sd7Fg==");',
      secret: 'Xq4Tz9Lk2Wm7Pn1Rv6Bc3Hd8Js5Yf0GaUe2Ni7Ko4sQm7tV2xK9pLw4Rz8Nc3Bj6Yd1Ah5Ws0Ee3Rt6Yu9Io2Pa4Sd7Fg==',
    },
  ],
  negative: [
    'conn = DriverManager.getConnection(url, user, pass);',
    'client.login(username, password)',
    "server.login(sender_email, 'abcd efgh ijkl mnop')",
    "imap.login(EMAIL, 'the quick brown fox')",
    'page.login("admin", "admin")',
    'requests.get(url, auth=("admin", "password"))',
    'requests.get(url, auth=(user, password))',
    'requests.get(url, auth=("admin", os.environ["API_PASSWORD"]))',
    'HTTPBasicAuth("token", "")',
    'auth=("admin", "admin")',
    'auth=("deploy", "${DEPLOY_PASSWORD}")',
    'auth=("user", "<password>")',
    'new DirectoryEntry("LDAP://dc01.corp.local", user, password)',
    'new DirectoryEntry("LDAP://dc01.corp.local")',
    // A name that ends in an anchor's, and arguments that are not a user and password.
    "sftp('files.fabrikam.example', 'deploy', 'Vm3#qT8zLx5R')",
    "$pdo = new PDO($dsn, $user, $password);",
    "ftp = ftplib.FTP('ftp.fabrikam.example')",
    'new mysqli("db.internal", "shop_rw", getenv("DB_PASSWORD"), "shop");',
  ],
};
export default fixtures;
