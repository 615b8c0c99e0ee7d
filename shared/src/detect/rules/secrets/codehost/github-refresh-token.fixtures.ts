import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'ghr_lyAz1V2mAuAqJL6mnl133t3oCXe3WyDpq6P6pD0UZdVlje0dypRxhqvpxSrUAs5OgOVm3ZqUbPc6',
    { text: 'GITHUB_REFRESH_TOKEN=ghr_rnsFyuWkG0wIqYCT7qUSwXnO8T7IyX0Y4Wtn21kowTlYwMXary4stg70Ly4VGsJSX4aEALJAFlu2', secret: 'ghr_rnsFyuWkG0wIqYCT7qUSwXnO8T7IyX0Y4Wtn21kowTlYwMXary4stg70Ly4VGsJSX4aEALJAFlu2' },
    { text: '{"refresh_token": "ghr_yMS9bYha7AuoCwHXsnHLdYpRIl71lfSX7JoNVLj7whPjdJPhSAr0uiKFYPb6iCRXbMFtGyDBXgLm", "region": "eu-west-1"}', secret: 'ghr_yMS9bYha7AuoCwHXsnHLdYpRIl71lfSX7JoNVLj7whPjdJPhSAr0uiKFYPb6iCRXbMFtGyDBXgLm' },
    { text: '  refresh_token: ghr_ZpYkIrMVGSGFOmlOvWPWQ19g48X29WVf7L49POd5Frgn91wtbOGQ0d3tJii9eSPLnj5pi3LGd9Fv', secret: 'ghr_ZpYkIrMVGSGFOmlOvWPWQ19g48X29WVf7L49POd5Frgn91wtbOGQ0d3tJii9eSPLnj5pi3LGd9Fv' },
    { text: 'export GITHUB_REFRESH_TOKEN="ghr_jfzqaBIxTlDN3fDbqm8NkUvPd1GQyfoGmUcxPvi9wSG0JXzBjk1NfyuRnj2RG5RfpFFZTBbOOFXS"', secret: 'ghr_jfzqaBIxTlDN3fDbqm8NkUvPd1GQyfoGmUcxPvi9wSG0JXzBjk1NfyuRnj2RG5RfpFFZTBbOOFXS' },
    { text: 'const refreshToken = \'ghr_WEyatM9cDzi9WfFcYaOQ0eCWlVNHZI6PZzWf1O1Y34PfdEpCTZ3Q6QsLyackE4sZZVMdk91DDuQK\';', secret: 'ghr_WEyatM9cDzi9WfFcYaOQ0eCWlVNHZI6PZzWf1O1Y34PfdEpCTZ3Q6QsLyackE4sZZVMdk91DDuQK' },
    'ghr_45SXmRBeLti1BTPw8mzO43t7GFb9L6q0hNSQ',
    { text: 'The refresh token is ghr_45SXmRBeLti1BTPw8mzO43t7GFb9L6q0hNSQ.', secret: 'ghr_45SXmRBeLti1BTPw8mzO43t7GFb9L6q0hNSQ' },
  ],
  negative: [
    'GITHUB_REFRESH_TOKEN=ghr_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'GITHUB_REFRESH_TOKEN=<your-github-refresh-token>',
    'GITHUB_REFRESH_TOKEN=${GITHUB_REFRESH_TOKEN}',
    'GITHUB_REFRESH_TOKEN=ghr_wk1k5y97YhGGNzVqJVYOypWmYHO1k0iQJQqjabbuByM1xXfhITNZkmmHwChQtn0rbpMMep3it',
    'GITHUB_REFRESH_TOKEN=ghr_huaSFEm5sQNMAI70WobaXHZ5bzy86zGGxCj96LQH0ngKktdqYFqXFxo8MkULteqNo2TKp3z3zKm2nGX',
  ],
};
export default fixtures;
