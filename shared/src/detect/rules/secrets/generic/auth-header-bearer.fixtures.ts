import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'curl -H "Authorization: Bearer FY6SLUZF8b6hKZz1lfeY6wYKOOGdSjhAI54BebU4" https://api.acme-internal.io/me', secret: 'FY6SLUZF8b6hKZz1lfeY6wYKOOGdSjhAI54BebU4' },
    { text: '2024-06-11T10:02:11Z DEBUG request headers={"authorization": "bearer 13dbc8f653f8ee87374fbad7119fba4e"}', secret: '13dbc8f653f8ee87374fbad7119fba4e' },
    { text: "fetch(url, { headers: { Authorization: 'Bearer v9DlHkLklxS4tsCUPXg9LI25' } })", secret: 'v9DlHkLklxS4tsCUPXg9LI25' },
  ],
  negative: [
    'curl -H "Authorization: Bearer $ACCESS_TOKEN" https://api.acme-internal.io/me',
    'Authorization: Bearer <token>',
    'Authorization: Bearer YOUR_ACCESS_TOKEN_HERE',
    'Authorization: Bearer ACCESS_TOKEN_PLACEHOLDER',
    'headers: { Authorization: `Bearer ${token}` }',
    'The bearer token authentication scheme is described in RFC 6750.',
    'Authorization: Bearer abcdefghijklmnopqrstuvwxyz',
  ],
};
export default fixtures;
