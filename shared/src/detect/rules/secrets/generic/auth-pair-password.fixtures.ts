import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'resp = requests.get(url, auth=("admin", "Xk9!mP2q#R7v"), timeout=10)', secret: 'Xk9!mP2q#R7v' },
    { text: 'session.auth = ("svc-deploy", "Tn6rV2xQ8pLm")', secret: 'Tn6rV2xQ8pLm' },
    { text: "r = httpx.get(url, auth=httpx.BasicAuth('api', 'Hq5$vN8x&Z2k'))", secret: 'Hq5$vN8x&Z2k' },
    { text: 'return new PasswordAuthentication("mailer", "Wq3#zL9!pX2v".toCharArray());', secret: 'Wq3#zL9!pX2v' },
    { text: 'var credentials = new NetworkCredential("svc_sql", "Rk7!mQ2#xV9p");', secret: 'Rk7!mQ2#xV9p' },
  ],
  negative: [
    'requests.get(url, auth=("admin", "password"))',
    'requests.get(url, auth=(user, password))',
    'requests.get(url, auth=("admin", os.environ["API_PASSWORD"]))',
    'HTTPBasicAuth("token", "")',
    'auth=("admin", "admin")',
    'auth=("deploy", "${DEPLOY_PASSWORD}")',
    'auth=("user", "<password>")',
  ],
};
export default fixtures;
