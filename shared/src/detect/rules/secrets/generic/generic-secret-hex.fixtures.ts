import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'WEATHER_API_KEY=13dbc8f653f8ee87374fbad7119fba4e', secret: '13dbc8f653f8ee87374fbad7119fba4e' },
    { text: '"client_secret": "a7a65c0c4600299aa40568621d299b3cd30dcb10",', secret: 'a7a65c0c4600299aa40568621d299b3cd30dcb10' },
    { text: 'export SIGNING_KEY="9F2C7A41D08E3B56"', secret: '9F2C7A41D08E3B56' },
    { text: 'auth_token: 5e0b9c41f7a2d3e86c1b4a9f0d2e7c35', secret: '5e0b9c41f7a2d3e86c1b4a9f0d2e7c35' },
  ],
  negative: [
    'commit a7a65c0c4600299aa40568621d299b3cd30dcb10',
    'js-tokens@^4.0.0:\n  resolved "https://registry.yarnpkg.com/js-tokens/-/js-tokens-4.0.0.tgz#19203fb59991df98e3a287050d4647cdeaf32499"',
    'api_key = "0000000000000000000000000000000a"',
    'api_key = "deadbeefdeadbeefdeadbeefdeadbeef"',
    'request_id=13dbc8f653f8ee87374fbad7119fba4e',
    'secret_key = "1234567890abcdef1234567890abcdef"',
  ],
};
export default fixtures;
