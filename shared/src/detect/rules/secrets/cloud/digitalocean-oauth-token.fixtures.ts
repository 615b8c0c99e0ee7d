import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'doo_v1_48668ff20092c604617a74dc94dcd4e03617aae77ab21668671070c8249a523c',
    { text: 'DO_OAUTH_TOKEN=doo_v1_e17f0aea571b29d6a2a1ebd6203b378154d099e39551fb1069d54eea7248b4e6', secret: 'doo_v1_e17f0aea571b29d6a2a1ebd6203b378154d099e39551fb1069d54eea7248b4e6' },
    { text: '{"do_token": "doo_v1_937231062a86cae9787923bc56bf8f52dd78a9123738ccf0b5ce32672c8e9373", "region": "eu-west-1"}', secret: 'doo_v1_937231062a86cae9787923bc56bf8f52dd78a9123738ccf0b5ce32672c8e9373' },
    { text: '  do_token: doo_v1_5d0d3dad5ea6e9ee04753997d339303a4ed1faf648fa7e3f1504f71783d9e3cb', secret: 'doo_v1_5d0d3dad5ea6e9ee04753997d339303a4ed1faf648fa7e3f1504f71783d9e3cb' },
    { text: 'export DO_OAUTH_TOKEN="doo_v1_739e02ec31876f50778b39ad75bd53937f0e8c3c313894eb29beef81ef347a8d"', secret: 'doo_v1_739e02ec31876f50778b39ad75bd53937f0e8c3c313894eb29beef81ef347a8d' },
    { text: 'const doToken = \'doo_v1_a048c00a586158d1bfc6a56299ff559796b1c256494610f3c486abacb61c43be\';', secret: 'doo_v1_a048c00a586158d1bfc6a56299ff559796b1c256494610f3c486abacb61c43be' },
  ],
  negative: [
    'DO_OAUTH_TOKEN=doo_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DO_OAUTH_TOKEN=<your-digitalocean-oauth-token>',
    'DO_OAUTH_TOKEN=${DO_OAUTH_TOKEN}',
    'DO_OAUTH_TOKEN=doo_v1_b7665b028391ea1b2fa403636a26b06ae281fb63df1e05e9484e4023eaa2a',
    'DO_OAUTH_TOKEN=doo_v1_46e6a9c8f0ec507b02e742f363bd5d4e2a5c33df7454063d3ba0b63522aac0a7K6K',
  ],
};
export default fixtures;
