import type { RuleFixtures } from '../../../rule';

// base64("svc-deploy:veExtU278yGWXUt3xH") and base64("r3r0XFiMk2ZnuzWtw1spkzgvh5C7:"), random values.
const fixtures: RuleFixtures = {
  positive: [
    { text: 'curl -H "Authorization: Basic c3ZjLWRlcGxveTp2ZUV4dFUyNzh5R1dYVXQzeEg=" https://api.acme-internal.io/v1/jobs', secret: 'c3ZjLWRlcGxveTp2ZUV4dFUyNzh5R1dYVXQzeEg=' },
    { text: '> GET /v1/charges HTTP/1.1\n> authorization: basic cjNyMFhGaU1rMlpudXpXdHcxc3Bremd2aDVDNzo=\n', secret: 'cjNyMFhGaU1rMlpudXpXdHcxc3Bremd2aDVDNzo=' },
    { text: "headers = {'Authorization': 'Basic c3ZjLWRlcGxveTp2ZUV4dFUyNzh5R1dYVXQzeEg='}", secret: 'c3ZjLWRlcGxveTp2ZUV4dFUyNzh5R1dYVXQzeEg=' },
  ],
  negative: [
    // RFC 7617 sample (Aladdin:open sesame) and user:password.
    'Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
    'Authorization: Basic dXNlcjpwYXNzd29yZA==',
    'Authorization: Basic <base64(user:pass)>',
    'Basic configuration is described below.',
    'Authorization: Basic $(echo -n "$USER:$PASS" | base64)',
  ],
};
export default fixtures;
