import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'curl -H "Authorization: Bearer FY6SLUZF8b6hKZz1lfeY6wYKOOGdSjhAI54BebU4" https://api.acme-internal.io/me', secret: 'FY6SLUZF8b6hKZz1lfeY6wYKOOGdSjhAI54BebU4' },
    { text: '2024-06-11T10:02:11Z DEBUG request headers={"authorization": "bearer 13dbc8f653f8ee87374fbad7119fba4e"}', secret: '13dbc8f653f8ee87374fbad7119fba4e' },
    { text: "fetch(url, { headers: { Authorization: 'Bearer v9DlHkLklxS4tsCUPXg9LI25' } })", secret: 'v9DlHkLklxS4tsCUPXg9LI25' },
    // An `=` inside the token, not only at its end, and the header's value given to a token's name.
    { text: 'auth_token: "Bearer Qw7-Er9+TyUiOp.8Zx.Cv2Bn=mLkJ4hG6fD"', secret: 'Qw7-Er9+TyUiOp.8Zx.Cv2Bn=mLkJ4hG6fD' },
  ],
  negative: [
    'curl -H "Authorization: Bearer $ACCESS_TOKEN" https://api.acme-internal.io/me',
    'Authorization: Bearer <token>',
    'Authorization: Bearer YOUR_ACCESS_TOKEN_HERE',
    'Authorization: Bearer ACCESS_TOKEN_PLACEHOLDER',
    'headers: { Authorization: `Bearer ${token}` }',
    'The bearer token authentication scheme is described in RFC 6750.',
    'Authorization: Bearer abcdefghijklmnopqrstuvwxyz',
    'WWW-Authenticate: Bearer realm="example", error="invalid_token", error_description="The access token expired"',
  ],
};
export default fixtures;
