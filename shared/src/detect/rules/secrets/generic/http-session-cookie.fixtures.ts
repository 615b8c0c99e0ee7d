import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: '> Cookie: theme=dark; sessionid=k3j9x2mq8vz7lp4rt6wy1nb5hc0df2ge; csrftoken=abc', secret: 'k3j9x2mq8vz7lp4rt6wy1nb5hc0df2ge' },
    { text: "curl -H 'Cookie: connect.sid=s%3AQm4Zx8Lr2Vn7Tb5Kp9Wd3Hs6.Xc5Vb7Nm9Qw2Er4Ty6Ui8Op0As3Df' https://app.acme.io/api/me", secret: 's%3AQm4Zx8Lr2Vn7Tb5Kp9Wd3Hs6.Xc5Vb7Nm9Qw2Er4Ty6Ui8Op0As3Df' },
    { text: '< Set-Cookie: _storefront_session=7d2f9a4c1e8b3d6f0a5c2e9b4d7f1a3c; path=/; HttpOnly', secret: '7d2f9a4c1e8b3d6f0a5c2e9b4d7f1a3c' },
    { text: 'Cookie: remember_user_token=Wx5Lq2Nz8Vb4Rt7Kp9Md3Hs6Jf1Gh', secret: 'Wx5Lq2Nz8Vb4Rt7Kp9Md3Hs6Jf1Gh' },
  ],
  negative: [
    'Cookie: theme=dark; lang=en; _ga=GA1.2.1234567890.1700000000',
    'Cookie: csrftoken=Zq7xT9vLp2zRk8Wn4yBqLm3Xv5Nb7Hj',
    'Set-Cookie: sessionid=deleted; expires=Thu, 01 Jan 1970 00:00:00 GMT',
    'Cookie: sessionid=${SESSION}',
  ],
};
export default fixtures;
