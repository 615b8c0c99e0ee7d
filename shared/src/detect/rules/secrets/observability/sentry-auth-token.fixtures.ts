import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'SENTRY_AUTH_TOKEN=17c22a1e0962a099f8d9e1526061fbfe974cff8e42fde966dae6ee0f1f58323b', secret: '17c22a1e0962a099f8d9e1526061fbfe974cff8e42fde966dae6ee0f1f58323b' },
    { text: '{"sentry_auth_token": "36589eb23e5eb81c52359620b7973d16f28316cec94b48d5c1150084491fc99e"}', secret: '36589eb23e5eb81c52359620b7973d16f28316cec94b48d5c1150084491fc99e' },
    { text: 'sentry_auth_token: 6305d29fc98f9142152989b8dafd06ef70749ba91214b638c7901090c5c467e8', secret: '6305d29fc98f9142152989b8dafd06ef70749ba91214b638c7901090c5c467e8' },
    { text: 'export SENTRY_AUTH_TOKEN="e6108082e4130373273cd4393ee165e96400d27631187537842320e8f967210c"', secret: 'e6108082e4130373273cd4393ee165e96400d27631187537842320e8f967210c' },
    { text: 'const sentryAuthToken = \'183945bd2c505f54b3a0da9ac5ecfbd05420ace31316bc3921623a4bb6a64f73\';', secret: '183945bd2c505f54b3a0da9ac5ecfbd05420ace31316bc3921623a4bb6a64f73' },
  ],
  negative: [
    'SENTRY_AUTH_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SENTRY_AUTH_TOKEN=${SENTRY_AUTH_TOKEN}',
    'SENTRY_AUTH_TOKEN=<your-sentry-auth-token>',
    '"etag": "d44db4cfecb331e673f6a290528f8891db17e4aa31ae8ed97c9c6fcc80e15726"',
    'SENTRY_AUTH_TOKEN=d44db4cfecb331e673f6a290528f8891db17e4aa31ae8ed97c9c6fcc80e15726726',
    'SENTRY_AUTH_TOKEN=d44db4cfecb331e673f6a290528f8891db17e4aa31ae8ed97c9c6fcc80e15',
    'sha = "b0f8ca199d8efbe3b59acd5c2e3fc7b1477183edeee8455b6270aa837e6fe436"',
  ],
};
export default fixtures;
