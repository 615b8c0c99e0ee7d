import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'PLIVO_AUTH_TOKEN=ii9ncEN5iuLd1e3kYYwx19cUUhbl6MPdtvL4DUNr', secret: 'ii9ncEN5iuLd1e3kYYwx19cUUhbl6MPdtvL4DUNr' },
    { text: '{"plivo_auth_token": "XB3DKnOdBUVCMRSiPH0EJib9emTWbPVKx444hpFF"}', secret: 'XB3DKnOdBUVCMRSiPH0EJib9emTWbPVKx444hpFF' },
    { text: 'plivo_auth_token: aJ1Ug9q3jdHUdGiENBcKsxACCVJsPSnDyIAHFcxZ', secret: 'aJ1Ug9q3jdHUdGiENBcKsxACCVJsPSnDyIAHFcxZ' },
    { text: 'export PLIVO_AUTH_TOKEN="xk1MJhLe3wq4yhdgGKWqPHZiIJWISFssgYQ3kRJB"', secret: 'xk1MJhLe3wq4yhdgGKWqPHZiIJWISFssgYQ3kRJB' },
    { text: 'const plivoAuthToken = \'1OdiXr9M1ia4lJlE0puG8jANT6jStmVF8dRQK0E7\';', secret: '1OdiXr9M1ia4lJlE0puG8jANT6jStmVF8dRQK0E7' },
  ],
  negative: [
    'PLIVO_AUTH_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'PLIVO_AUTH_TOKEN=${PLIVO_AUTH_TOKEN}',
    'PLIVO_AUTH_TOKEN=<your-plivo-auth-token>',
    '"etag": "s2QE2Y1ENDfxThXGFj9jBa6mTnp4nLE0y4SaZJjU"',
    'PLIVO_AUTH_TOKEN=s2QE2Y1ENDfxThXGFj9jBa6mTnp4nLE0y4SaZJjUJjU',
    'PLIVO_AUTH_TOKEN=s2QE2Y1ENDfxThXGFj9jBa6mTnp4nLE0y4SaZ',
    'auth_token=0wJJGID8hdkEztKi7LL1AhyF7ycTC8RpS0YZJuzO',
  ],
};
export default fixtures;
