import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'SENTRY_AUTH_TOKEN=bb736a1efaad8621e46e63d29c63603970f2001a13cb91680275732d62012194', secret: 'bb736a1efaad8621e46e63d29c63603970f2001a13cb91680275732d62012194' },
    { text: '{"sentry_auth_token": "40e928e0f78c559b0edc60db74f12eedcc84d2153b24f6f2615c1f9d581dac01"}', secret: '40e928e0f78c559b0edc60db74f12eedcc84d2153b24f6f2615c1f9d581dac01' },
    { text: 'sentry_auth_token: 0ea901b6865a54ea631aa42eb8510a44896f6c53a14bb69ff213aa1d0b42d72d', secret: '0ea901b6865a54ea631aa42eb8510a44896f6c53a14bb69ff213aa1d0b42d72d' },
    { text: 'export SENTRY_AUTH_TOKEN="8f951a8bdbb981fa4af6595642b64a532d90abb35814dd160403ba0c96983882"', secret: '8f951a8bdbb981fa4af6595642b64a532d90abb35814dd160403ba0c96983882' },
    { text: 'const sentryAuthToken = \'7734f8b995e35c5d330cfc0a75c8a4f8e0ddf2ab43b464298d833ebe4849b52d\';', secret: '7734f8b995e35c5d330cfc0a75c8a4f8e0ddf2ab43b464298d833ebe4849b52d' },
  ],
  negative: [
    'SENTRY_AUTH_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SENTRY_AUTH_TOKEN=${SENTRY_AUTH_TOKEN}',
    'SENTRY_AUTH_TOKEN=<your-sentry-auth-token>',
    '"etag": "f06a5778034be39d3c1cfbceeeb4fa71e0beda77982dbb94ef6a6c9190e96a8d"',
    'SENTRY_AUTH_TOKEN=f06a5778034be39d3c1cfbceeeb4fa71e0beda77982dbb94ef6a6c9190e96a8da8d',
    'SENTRY_AUTH_TOKEN=f06a5778034be39d3c1cfbceeeb4fa71e0beda77982dbb94ef6a6c9190e96',
    'sha = "5b0e71f17f9029c268cca078eb433b0cfc59ab5a0ca458b91588fb74813ec115"',
  ],
};
export default fixtures;
