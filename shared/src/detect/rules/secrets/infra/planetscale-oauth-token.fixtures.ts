import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'pscale_oauth_fJT5LxboP1XycHAlGcSslhW0OnN21SgX60CgsYL5OqG',
    { text: 'PLANETSCALE_OAUTH_TOKEN=pscale_oauth_1kdwJhuz6_UbdmrSkcK2kaztPKHp8zAKDS30w9hWY2E', secret: 'pscale_oauth_1kdwJhuz6_UbdmrSkcK2kaztPKHp8zAKDS30w9hWY2E' },
    { text: '{"planetscale_oauth": "pscale_oauth_D6QFDf8p9C45qw8cZDUO9Us5mvwz3z5nICs4eOdmZhI", "region": "eu-west-1"}', secret: 'pscale_oauth_D6QFDf8p9C45qw8cZDUO9Us5mvwz3z5nICs4eOdmZhI' },
    { text: '  planetscale_oauth: pscale_oauth_EABTsJI00p_XFwfPKTKDX0udQ0SwFcsc-0ns0voJryF', secret: 'pscale_oauth_EABTsJI00p_XFwfPKTKDX0udQ0SwFcsc-0ns0voJryF' },
    { text: 'export PLANETSCALE_OAUTH_TOKEN="pscale_oauth_pnc6LNg9mhwuB0P4TYp-akjIFLM5lRkNM0Arxu1CeGH"', secret: 'pscale_oauth_pnc6LNg9mhwuB0P4TYp-akjIFLM5lRkNM0Arxu1CeGH' },
    { text: 'const planetscaleOauth = \'pscale_oauth_-tHEBf3mudslb8jCBNt0YuRJIBNS6h_Dp10NHS0qPry\';', secret: 'pscale_oauth_-tHEBf3mudslb8jCBNt0YuRJIBNS6h_Dp10NHS0qPry' },
    'pscale_oauth_EsYd2GKent5CJ2_FLxdL.gUKkUEGbY3sXst',
    { text: 'PLANETSCALE_TOKEN="pscale_oauth_5poxka117vkt0yt28r5ahxqv2ku8ar.mq9hk9ourusethl6sr4q1v1g02a0j"', secret: 'pscale_oauth_5poxka117vkt0yt28r5ahxqv2ku8ar.mq9hk9ourusethl6sr4q1v1g02a0j' },
  ],
  negative: [
    'PLANETSCALE_OAUTH_TOKEN=pscale_oauth_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'PLANETSCALE_OAUTH_TOKEN=<your-planetscale-oauth-token>',
    'PLANETSCALE_OAUTH_TOKEN=${PLANETSCALE_OAUTH_TOKEN}',
    'PLANETSCALE_OAUTH_TOKEN=pscale_oauth_ubWhr4tGk108GnNJlB3pOCSBfaRMmniVZ71sDZ5o',
    'PLANETSCALE_OAUTH_TOKEN=pscale_oauth_TYM3hGX4aC4rXiNB3MPqz6Gfd77a4AzQjwlGV7VZk2Ft90',
    'pscale_oauth_PqFbp0efIuxLwmwSRxPan7xkAtAVDMNAKFrUeV',
  ],
};
export default fixtures;
