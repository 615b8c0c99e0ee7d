import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: '$ curl -u deploy:Zq7xT9vLp2zRk8Wn4yBq https://ci.acme.io/api/json', secret: 'Zq7xT9vLp2zRk8Wn4yBq' },
    { text: 'curl --user deploy:Xk9!mP2q#R7v https://ci.acme.io', secret: 'Xk9!mP2q#R7v' },
    { text: "curl --user='admin:Hq5$vN8x&Z2k' -X POST https://nexus.internal/service/rest", secret: 'Hq5$vN8x&Z2k' },
    { text: '$ curl -u svc-build:a912d987-14eb-4268-9a3b-b4134757e4d3 https://nexus.acme.io/api/json', secret: 'a912d987-14eb-4268-9a3b-b4134757e4d3' },
    { text: 'curl -s -uadmin:Tn6rV2xQ8pLm https://repo.local/api', secret: 'Tn6rV2xQ8pLm' },
    { text: 'curl -X POST https://auth.example.io/oauth2/token \\\n-u svc-reporting_9Qx2Lm:7hTq3Wv9pZr2Lk8Yx4Nb6Cd1Fg5Jm0Rs https://auth.example.io', secret: '7hTq3Wv9pZr2Lk8Yx4Nb6Cd1Fg5Jm0Rs' },
    { text: 'smbclient //fs01/finance -U CORP/svc_backup%Gq8!wT3zLp5R -c "ls"', secret: 'Gq8!wT3zLp5R' },
    { text: 'curl -u ":Vb7!qLm2xR9w" https://search.internal:9200/_cat/indices', secret: 'Vb7!qLm2xR9w' },
    { text: 'curl -u "Hq4zR8mLp2Wx7Tn3:" https://api.billing.internal/v1/charges', secret: 'Hq4zR8mLp2Wx7Tn3' },
    { text: 'curl -X POST --user "deploy-bot":"Zq8#mLp2vW!r" https://ci.internal/job/build', secret: 'Zq8#mLp2vW!r' },
    // A plain password given with its user, a digit in it.
    { text: 'curl --user admin:pelican42 https://grafana.internal/api/dashboards', secret: 'pelican42' },
    // libcurl's option in code.
    { text: 'curl_setopt($ch, CURLOPT_USERPWD, "svc_export:Gq8!wT3zLp5R");', secret: 'Gq8!wT3zLp5R' },
    { text: "c.setopt(pycurl.USERPWD, 'deploy:Tn6rV2xQ8pLm')", secret: 'Tn6rV2xQ8pLm' },
    // curl's credentials for its proxy.
    { text: 'curl -k --proxy-user admin:Vq8tLw2pZr9xK --proxy https://proxy:8080 https://api.acme.io', secret: 'Vq8tLw2pZr9xK' },
  ],
  negative: [
    'docker run -u 1000:1000 alpine id',
    'curl -u $USER:$TOKEN https://ci.acme.io',
    'curl -u www-data:www-data http://localhost',
    'curl -u admin:password https://localhost:8080',
    'curl --user-agent "Mozilla/5.0 (X11; Linux x86_64)" https://example.org',
    'git push -u origin main',
    'curl --proxy-user $PROXY_USER:$PROXY_PASS --proxy https://proxy:8080 https://api.acme.io',
    'curl -u "user:${PASSWORD}" https://host',
    'smbclient -L //fs01 -U guest%',
    'curl -u admin: http://localhost:8080/',
    'curl -u :1234 http://localhost:8080/',
    'curl --user "$API_USER":"$API_PASSWORD" https://ci.internal/',
    'curl -u "guest:" http://localhost:8080/',
    // A user and a group: no digit or symbol in either.
    'docker run -u nobody:nogroup alpine id',
    'docker exec -u app:staff web ls /srv',
    'curl_setopt($ch, CURLOPT_USERPWD, $user . ":" . $password);',
    'curl_setopt($ch, CURLOPT_USERPWD, "$user:$password");',
  ],
};
export default fixtures;
