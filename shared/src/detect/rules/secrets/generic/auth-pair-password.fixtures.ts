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
  ],
};
export default fixtures;
