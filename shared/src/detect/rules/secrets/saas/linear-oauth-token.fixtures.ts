import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'lin_oauth_ca6e67f9a477540659d34521e952af5a15f66a6e06f88b79d97b746026831d1e',
    { text: 'LINEAR_OAUTH_TOKEN=lin_oauth_e2622f5e4ab002aa445c1c89c531aa2b296de28cd913b05a2b29b91222ca1e5e', secret: 'lin_oauth_e2622f5e4ab002aa445c1c89c531aa2b296de28cd913b05a2b29b91222ca1e5e' },
    { text: '{"linear_oauth_token": "lin_oauth_e76cf89830f143b545a09d4a9da5c4214853dfa41f6ead11486f98708b9d488a"}', secret: 'lin_oauth_e76cf89830f143b545a09d4a9da5c4214853dfa41f6ead11486f98708b9d488a' },
    { text: 'linear_oauth_token: lin_oauth_fac3428bf57443c7560c13c237b7e8523917ae46f5f6572d9024d7149a29c172', secret: 'lin_oauth_fac3428bf57443c7560c13c237b7e8523917ae46f5f6572d9024d7149a29c172' },
    { text: 'export LINEAR_OAUTH_TOKEN="lin_oauth_b6bb8e5ec827b74e3889b6dd2d58da89c07ba500c108430cfaa4d3e35d0a57d8"', secret: 'lin_oauth_b6bb8e5ec827b74e3889b6dd2d58da89c07ba500c108430cfaa4d3e35d0a57d8' },
    { text: 'const linearOauthToken = \'lin_oauth_eed5352afd0a5e29c3f9fa429e47d3cc68a5c61aa0c3d3f70fc9527130c139f9\';', secret: 'lin_oauth_eed5352afd0a5e29c3f9fa429e47d3cc68a5c61aa0c3d3f70fc9527130c139f9' },
  ],
  negative: [
    'LINEAR_OAUTH_TOKEN=lin_oauth_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'LINEAR_OAUTH_TOKEN=${LINEAR_OAUTH_TOKEN}',
    'LINEAR_OAUTH_TOKEN=<your-linear-oauth-token>',
    'LINEAR_OAUTH_TOKEN=lin_oauth_fec1ca5523489b4734444cdb4759e10c24dcefb82b7bd00e6a73ab61aaa497e77e7',
    'LINEAR_OAUTH_TOKEN=lin_oauth_fec1ca5523489b4734444cdb4759e10c24dcefb82b7bd00e6a73ab61aaa49',
  ],
};
export default fixtures;
